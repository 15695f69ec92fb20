package fr.ctg.avenant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import fr.ctg.KaribuTest;
import fr.ctg.avenant.AvenantService;
import fr.ctg.avenant.AvenantStatus;
import fr.ctg.base.TimeConfig;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.convention.TextPart;
import fr.ctg.convention.TextPartDetails;
import fr.ctg.convention.TextPartField;
import fr.ctg.objective.EditingFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the pages: the secretariat records the signed state, an article changes, "Préparer un avenant" lists that
 * change, it is ticked and approved, the DOCX and PDF are offered; the consolidated version of the day before still
 * shows the old wording; a reader sees the avenants but prepares none.
 */
class AvenantViewsTest extends KaribuTest {

    @Autowired EditingFixture fixture;
    @Autowired ConventionTextService texts;
    @Autowired AvenantService avenants;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    private static String text(String id) {
        return BasicUtilsKt.get_textRecursively(_get(Component.class, spec -> spec.withId(id)));
    }

    @Test
    void theSecretariatPreparesAndApprovesAnAvenantFromTheChangedText() {
        loginAndOpen(w.user("secretariat"), "avenants");
        _click(_get(Button.class, spec -> spec.withId("avenants-record-signed")));
        assertThat(text("avenants-modifications")).contains("0");

        UI.getCurrent().navigate("convention/article/1");
        _setValue(_get(TextArea.class, spec -> spec.withId("text-body")),
                "La présente convention définit le projet social de territoire.");
        _click(_get(Button.class, spec -> spec.withId("text-save")));

        UI.getCurrent().navigate("avenants");
        assertThat(text("avenants-modifications")).contains("Article 1", "Objet de la convention", "définit", "social");
        _click(_get(Button.class, spec -> spec.withId("avenants-prepare")));
        _get(AvenantView.class);
        Checkbox article = _get(Checkbox.class, spec -> spec.withId("change-article-1"));
        assertThat(article.getValue()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("avenant-approve")));
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .contains("Cochez au moins une modification");
        _setValue(article, true);
        _click(_get(Button.class, spec -> spec.withId("avenant-approve")));
        assertThat(_get(Span.class, spec -> spec.withId("avenant-status")).getText()).isEqualTo("Approuvé");
        assertThat(text("avenant-changes")).contains("Modifications portées par l’avenant (1)", "définit", "social");
        assertThat(_get(Anchor.class, spec -> spec.withId("avenant-docx")).getHref()).endsWith(".docx");
        assertThat(_get(Anchor.class, spec -> spec.withId("avenant-pdf")).getHref()).endsWith(".pdf");
        assertThat(_find(Component.class, spec -> spec.withId("avenant-sign"))).hasSize(1);
        login.as(w.user("secretariat"));
        assertThat(avenants.list(w.conventionId()).getFirst().status()).isEqualTo(AvenantStatus.APPROVED);

        UI.getCurrent().navigate("convention/consolidee",
                QueryParameters.of("date", LocalDate.now(TimeConfig.ZONE).minusDays(1).toString()));
        assertThat(text("consolidated-article-1")).contains("projet stratégique global")
                .doesNotContain("projet social de territoire");
        UI.getCurrent().navigate("convention/consolidee");
        assertThat(text("consolidated-article-1")).contains("projet social de territoire");
        UI.getCurrent().navigate("convention/consolidee", QueryParameters.of("signee", ""));
        assertThat(_get(Paragraph.class, spec -> spec.withId("consolidated-note")).getText()).contains("signée");
        assertThat(text("consolidated-article-1")).contains("projet stratégique global");
    }

    @Test
    void aReaderSeesTheTextAndTheAvenantsButChangesNothing() {
        login.as(w.user("secretariat"));
        avenants.recordSignedState(w.conventionId());
        TextPartDetails d = texts.get(w.conventionId(), TextPart.ARTICLE, 10);
        texts.save(w.conventionId(), TextPart.ARTICLE, 10, d.version(), d.draft().with(TextPartField.TITLE, "Durée"));
        loginAndOpen(w.user("lecteur"), "avenants");
        assertThat(text("avenants-modifications")).contains("Article 10", "Durée");
        assertThat(_find(Button.class, spec -> spec.withId("avenants-prepare"))).isEmpty();
        UI.getCurrent().navigate("convention/article/10");
        assertThat(_get(TextArea.class, spec -> spec.withId("text-body")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("text-save"))).as("no save button shown").isEmpty();
    }
}
