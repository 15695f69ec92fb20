package fr.ctg.convention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import fr.ctg.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader opens the convention's text: legal basis, articles, annexes. */
class ConventionViewTest extends KaribuTest {

    @Test
    void aReaderReadsTheArticlesLegalBasisAndAnnexes() {
        loginAndOpen("lecteur", "convention");
        _get(ConventionView.class);
        assertThat(_find(_get(Component.class, spec -> spec.withId("legal-basis")), ListItem.class)).hasSize(9);

        List<Details> articles = _find(Details.class);
        assertThat(articles).hasSize(13);
        assertThat(articles.get(0).getSummaryText()).isEqualTo("Article préliminaire – Préambule");
        assertThat(articles.get(10).getSummaryText()).isEqualTo("Article 10 – Durée de la convention");
        assertThat(BasicUtilsKt.get_textRecursively(articles.get(10)))
                .contains("jusqu’au 31 décembre 2018 inclus", "délai de préavis de trois mois");

        String annexes = BasicUtilsKt.get_textRecursively(_get(Component.class, spec -> spec.withId("annexes")));
        assertThat(annexes).contains("Annexe 4 – Evaluation", "Annexe 6 – Délibération du conseil communautaire",
                "à joindre", "jointe");
    }
}
