package fr.ctg.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import fr.ctg.KaribuTest;
import org.junit.jupiter.api.Test;

/** The dashboard summarises the convention for a member: parties, dates, objectives per field, portrait. */
class DashboardViewTest extends KaribuTest {

    private String text(String id) {
        return BasicUtilsKt.get_textRecursively(_get(Component.class, spec -> spec.withId(id)));
    }

    @Test
    void aMemberSeesTheConventionAtAGlance() {
        loginAndOpen("secretariat", "");
        _get(DashboardView.class);

        assertThat(text("card-parties")).contains("Caisse d’allocations familiales du Gers", "Bernard Brambilla",
                "Denis Escoda", "Communauté de communes du Savès", "Hervé Lefebvre",
                "délibération du conseil communautaire du 15 septembre 2014");
        assertThat(text("card-dates")).contains("31 décembre 2018", "30 septembre 2018", "3 mois");
        assertThat(_get(Paragraph.class, spec -> spec.withId("days-to-end")).getText())
                .isEqualTo("Convention échue depuis 2\u202f889 jours.");

        Component objectives = _get(Component.class, spec -> spec.withId("card-objectives"));
        assertThat(_find(objectives, H4.class)).hasSize(4);
        assertThat(BasicUtilsKt.get_textRecursively(objectives)).contains("3 objectifs", "1 objectif", "En cours : 3");

        assertThat(text("card-due")).contains("31 janvier 2019", "En retard", "Jalon d’évaluation : Restitution des résultats")
                .doesNotContain("Présentation de la CTG"); // done milestones are not listed

        Component portrait = _get(Component.class, spec -> spec.withId("card-portrait"));
        assertThat(_find(portrait, NativeTableRow.class)).hasSize(1 + 8);
        assertThat(BasicUtilsKt.get_textRecursively(portrait)).contains("9\u202f172 habitants", "37,51 %",
                "INSEE, recensement 2010");
    }
}
