package fr.ctg.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.KaribuTest;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.search.SearchKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search page from the header's box: results with the words marked, filters, a result leading to its page in its
 * convention, and bad input said in words.
 */
class SearchViewTest extends KaribuTest {

    @Autowired
    EditingFixture fixture;
    @Autowired
    DiscussionService discussion;

    private String statusText() {
        return _get(Paragraph.class, spec -> spec.withId("search-status")).getText();
    }

    @Test
    void theHeaderBoxOpensTheResultsWithTheWordsMarkedAndAResultOpensItsPage() {
        EditingFixture.World w = fixture.create();
        login.as(w.user("copil"));
        discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Un relais itinérant pour les assistantes maternelles ?");
        loginAndOpen(w.user("lecteur"), "");
        TextField box = _get(TextField.class, spec -> spec.withId("search-box"));
        HasValueUtilsKt._setValue(box, "relais");
        ComponentUtil.fireEvent(box, new KeyDownEvent(box, Key.ENTER.getKeys().getFirst()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("recherche?q=relais");
        assertThat(box.getValue()).as("the box is ready for the next search").isEmpty();

        assertThat(statusText()).isEqualTo("2 résultats, du plus pertinent au moins pertinent.");
        var links = _find(RouterLink.class, spec -> spec.withClasses("ctg-search-title"));
        assertThat(links).extracting(l -> l.getElement().getTextRecursively())
                .containsExactlyInAnyOrder("Créer un relais petite enfance", "Ouvrir un lieu d’accueil enfants-parents");
        assertThat(_get(SearchView.class).getElement().getOuterHTML()).contains("<mark>relais</mark>");

        @SuppressWarnings("unchecked")
        CheckboxGroup<SearchKind> kinds = _get(CheckboxGroup.class, spec -> spec.withId("search-kinds"));
        assertThat(kinds.getValue()).isEmpty();
        UI.getCurrent().navigate(SearchView.class, SearchView.query("relais", null, Set.of(SearchKind.COMMENT)));
        assertThat(statusText()).startsWith("1 résultat");
        RouterLink comment = _get(RouterLink.class, spec -> spec.withClasses("ctg-search-title"));
        assertThat(comment.getHref()).isEqualTo("recherche/resultat/" + w.conventionId() + "/OBJECTIVE/" + w.objectiveId());

        UI.getCurrent().navigate(comment.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("objectifs/" + w.objectiveId());
    }

    @Test
    void signsAloneOrAnotherConventionSayWhyNothingIsShown() {
        EditingFixture.World w = fixture.create();
        EditingFixture.World other = fixture.create();
        loginAndOpen(w.user("lecteur"), "");
        UI.getCurrent().navigate("recherche", QueryParameters.simple(Map.of("q", "+ - * \"")));
        assertThat(statusText()).contains("au moins un mot de trois lettres");
        UI.getCurrent().navigate("recherche", QueryParameters.simple(Map.of("q", "relais",
                "convention", String.valueOf(other.conventionId()))));
        assertThat(statusText()).as("a convention that is not theirs is ignored: their own are searched")
                .startsWith("1 résultat,");
        UI.getCurrent().navigate("recherche/resultat/" + other.conventionId() + "/OBJECTIVE/" + other.objectiveId());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("no way into another convention's item").doesNotStartWith("objectifs");
        UI.getCurrent().navigate("recherche");
        assertThat(statusText()).startsWith("Saisissez un ou plusieurs mots");
        assertThat(_find(Button.class, spec -> spec.withId("search-submit"))).hasSize(1);
    }
}
