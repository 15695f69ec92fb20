package fr.ctg.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.ctg.KaribuTest;
import fr.ctg.convention.ui.ConventionView;
import fr.ctg.dashboard.ui.DashboardView;
import fr.ctg.objective.ui.ObjectivesView;
import fr.ctg.security.ui.LoginView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo role logs in and is offered exactly what its role in the convention allows. */
class NavigationByRoleTest extends KaribuTest {

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** The ids of the user menu's items (the calendar feed among them, or not). */
    private static List<String> userMenuIds() {
        List<String> ids = new ArrayList<>();
        ArrayDeque<MenuItem> todo = new ArrayDeque<>();
        _find(MenuBar.class).forEach(bar -> todo.addAll(bar.getItems()));
        while (!todo.isEmpty()) {
            var item = todo.pop();
            item.getId().ifPresent(ids::add);
            todo.addAll(item.getSubMenu().getItems());
        }
        return ids;
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        UI.getCurrent().navigate("objectifs");
        _get(LoginView.class);
    }

    @ParameterizedTest
    @CsvSource({"admin", "cafadmin", "secretariat", "copil", "suivi", "referent", "lecteur"})
    void membersWhoReadTheConventionAreOfferedEveryPage(String username) {
        loginAndOpen(username, "");
        _get(DashboardView.class);
        List<String> expected = new ArrayList<>(List.of("Tableau de bord", "Convention",
                "Avenants", "Moyens (annexe 1)", "Diagnostic partagé", "Objectifs", "Plan d’action", "Délibérations", "Documents", "Calendrier", "Comptes rendus", "Indicateurs", "Évaluation"));
        if (Set.of("admin", "cafadmin", "secretariat", "copil", "referent").contains(username)) {
            expected.add("Rapports");
        }
        if (Set.of("admin", "cafadmin", "secretariat", "referent").contains(username)) {
            expected.add("Contributions");
        }
        expected.add("Échanges de données");
        if (Set.of("admin", "cafadmin").contains(username)) {
            expected.addAll(List.of("Membres", "Paramètres", "Journal", "Caf"));
        }
        assertThat(menu()).containsExactlyElementsOf(expected);
        assertThat(userMenuIds()).contains("menu-account", "menu-ical");
        UI.getCurrent().navigate(ConventionView.class);
        _get(ConventionView.class);
        UI.getCurrent().navigate(ObjectivesView.class);
        _get(ObjectivesView.class);
    }

    @Test
    void anAssociationIsOfferedOnlyItsWelcomeAndIsRefusedTheRest() {
        loginAndOpen("association", "");
        _get(DashboardView.class);
        assertThat(menu()).containsExactly("Tableau de bord", "Plan d’action", "Documents", "Comptes rendus",
                "Indicateurs", "Contributions");
        assertThat(userMenuIds()).as("no calendar, so no calendar feed").contains("menu-account")
                .doesNotContain("menu-ical");
        assertThat(_find(Component.class, spec -> spec.withId("partner-welcome"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("card-objectives"))).isEmpty();

        UI.getCurrent().navigate("objectifs");
        _get(AccessRefusedView.class);
        assertThat(_find(ObjectivesView.class)).isEmpty();
        UI.getCurrent().navigate("convention");
        _get(AccessRefusedView.class);
        for (String page : List.of("avenants", "moyens", "diagnostic", "convention/consolidee", "convention/article/1",
                "echanges-de-donnees", "rapports", "evaluation")) {
            UI.getCurrent().navigate(page);
            _get(AccessRefusedView.class);
        }
    }
}
