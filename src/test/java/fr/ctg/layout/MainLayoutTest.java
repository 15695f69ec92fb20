package fr.ctg.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.convention.ConventionRef;
import fr.ctg.dashboard.ui.DashboardView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame: both parties' logos, the convention switcher, the language switch. */
class MainLayoutTest extends KaribuTest {

    @Test
    void theHeaderShowsBothPartiesLogos() {
        loginAndOpen("lecteur", "");
        List<String> alts = _find(Image.class).stream().map(i -> i.getAlt().orElse("")).toList();
        assertThat(alts).contains("Logo : Caf du Gers", "Logo : CC du Savès");
    }

    @Test
    void aPersonInOneConventionHasNoSwitcher() {
        loginAndOpen("lecteur", "");
        assertThat(_find(Select.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonInTwoConventionsSwitchesAndGetsTheRoleOfTheOther() {
        loginAndOpen("copil", "");
        assertThat(_get(H2.class, spec -> spec.withId("convention-title")).getText()).contains("Savès");
        Select<ConventionRef> switcher = _get(Select.class, spec -> spec.withId("convention-switcher"));
        ConventionRef coteaux = switcher.getListDataView().getItems()
                .filter(c -> c.code().equals("demo-coteaux")).findFirst().orElseThrow();

        _setValue(switcher, coteaux);

        _get(DashboardView.class);
        assertThat(_get(H2.class, spec -> spec.withId("convention-title")).getText()).contains("Coteaux");
        List<String> alts = _find(Image.class).stream().map(i -> i.getAlt().orElse("")).toList();
        assertThat(alts).contains("Logo : CC des Coteaux").doesNotContain("Logo : CC du Savès");
    }

    @Test
    void theUserMenuGivesASecretCalendarAddressThatCanBeRevoked() {
        loginAndOpen("secretariat", "");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withId("user-menu")),
                "Abonnement à mon agenda (iCal)");
        LocatorJ._click(_get(Button.class,
                spec -> spec.withId("ical-issue")));
        String url = _get(TextField.class, spec -> spec.withId("ical-url")).getValue();
        assertThat(url).matches(".*/ical/[A-Za-z0-9_-]{43}\\.ics");
        LocatorJ._click(_get(Button.class,
                spec -> spec.withId("ical-revoke")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("ical-status")).getText())
                .startsWith("Adresse révoquée");
    }

    @Test
    void theUserMenuSwitchesTheInterfaceToEnglishAndBack() {
        loginAndOpen("secretariat", "");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Tableau de bord");

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withId("user-menu")), "English");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Dashboard", "Convention", "Amendments", "Means (annex 1)", "Shared diagnostic",
                        "Objectives", "Action plan", "Deliberations", "Documents", "Calendar", "Minutes", "Indicators", "Evaluation", "Reports", "Contributions",
                        "Data exchanges");

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withId("user-menu")), "Français");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Tableau de bord");
    }
}
