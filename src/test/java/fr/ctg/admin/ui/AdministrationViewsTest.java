package fr.ctg.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.admin.TenantFixture;
import fr.ctg.convention.CafService;
import fr.ctg.convention.CafSummary;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.journal.JournalRow;
import fr.ctg.journal.ui.JournalView;
import fr.ctg.layout.AccessEndedView;
import fr.ctg.layout.AccessRefusedView;
import fr.ctg.security.AccountService;
import fr.ctg.security.InvitationRow;
import fr.ctg.security.MemberRow;
import fr.ctg.security.MembershipService;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The administration pages as their people use them: a convention's members (invite, edit, revoke, CSV), its
 * settings, the Cafs and a Caf's page, the new-convention wizard, the journal; and what a member sees when their
 * membership is revoked while a page is open.
 */
class AdministrationViewsTest extends KaribuTest {

    @Autowired CurrentConvention currentConvention;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantFixture fixture;
    @Autowired AccountService accounts;
    @Autowired MembershipService memberships;
    @Autowired CafService cafs;

    TenantFixture.Tenant t;

    @BeforeEach
    void tenant() {
        t = fixture.create();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorInvitesAMemberAndARefusalKeepsTheDialogOpen() {
        loginAndOpen(t.user("one-admin"), "administration/membres");
        UI.getCurrent().getPage().reload();
        invite("Camille Martin", t.prefix() + "-camille@cc.test");
        Grid<InvitationRow> invitations = _get(Grid.class, spec -> spec.withId("invitations-grid"));
        assertThat(GridKt._size(invitations)).isEqualTo(1);
        assertThat(GridKt._get(invitations, 0).email()).isEqualTo(t.prefix() + "-camille@cc.test");

        invite("Camille encore", t.prefix() + "-camille@cc.test");
        assertThat(_get(Paragraph.class, spec -> spec.withId("invite-error")).getText()).contains("déjà en attente");
        _get(InviteDialog.class);
    }

    @SuppressWarnings("unchecked")
    private void invite(String name, String email) {
        _click(_get(Button.class, spec -> spec.withId("members-invite")));
        _setValue(_get(TextField.class, spec -> spec.withId("invite-name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email")), email);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("grant-roles")), Set.of(Role.READER));
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorChangesAMembersRolesThenRemovesThem() {
        long reader = SystemIdentity.call(() -> accounts.accountIdOf(t.user("one-reader")).orElseThrow());
        loginAndOpen(t.user("one-admin"), "administration/membres");
        UI.getCurrent().getPage().reload();
        editButton(reader).click();
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("grant-roles")), Set.of(Role.FOLLOW_UP_MEMBER));
        _click(_get(Button.class, spec -> spec.withId("member-save")));
        Grid<MemberRow> members = _get(Grid.class, spec -> spec.withId("members-grid"));
        assertThat(rows(members)).filteredOn(m -> m.accountId() == reader).singleElement()
                .satisfies(m -> assertThat(m.roles()).containsExactly(Role.FOLLOW_UP_MEMBER));

        editButton(reader).click();
        _click(_get(Button.class, spec -> spec.withId("member-revoke")));
        _click(_get(Button.class, spec -> spec.withId("revoke-dialog-confirm")));
        assertThat(rows(_get(Grid.class, spec -> spec.withId("members-grid")))).noneMatch(m -> ((MemberRow) m).accountId() == reader);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheCafsAdministratorIsOfferedToDisableAnAccount() {
        loginAndOpen(t.user("one-admin"), "administration/membres");
        UI.getCurrent().getPage().reload();
        assertThat(actionsOf(t.user("one-reader")).getChildren().count()).as("a convention's administrator: edit only")
                .isEqualTo(1);

        loginAndOpen(t.user("cafadmin"), "administration/membres");
        UI.getCurrent().getPage().reload();
        MemberRow reader = rows((Grid<MemberRow>) _get(Grid.class, spec -> spec.withId("members-grid"))).stream()
                .filter(m -> m.username().endsWith("-reader")).findFirst().orElseThrow();
        var actions = actionsOf(reader.username());
        assertThat(actions.getChildren().count()).isEqualTo(2);
        _click((Button) actions.getChildren().skip(1).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("disable-dialog-confirm")));
        assertThat(rows((Grid<MemberRow>) _get(Grid.class, spec -> spec.withId("members-grid"))))
                .filteredOn(m -> m.accountId() == reader.accountId()).singleElement()
                .satisfies(m -> assertThat(m.enabled()).isFalse());
    }

    @SuppressWarnings("unchecked")
    private static Component actionsOf(String username) {
        Grid<MemberRow> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).username().equals(username)) {
                return GridKt._getCellComponent(grid, i, "actions");
            }
        }
        throw new AssertionError("no row for " + username);
    }

    @Test
    void aBulkFileIsCheckedThenItsReadyRowsAreSent() {
        loginAndOpen(t.user("one-admin"), "administration/membres");
        UI.getCurrent().getPage().reload();
        _click(_get(Button.class, spec -> spec.withId("members-bulk")));
        BulkInviteDialog dialog = _get(BulkInviteDialog.class);
        dialog.preview(("nom;e-mail;rôle;comité;groupes\nAna;" + t.prefix() + "-ana@test.invalid;Lecteur;;\n"
                + "Bob;bob;Lecteur;;\n").getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-summary")).getText())
                .isEqualTo("2 lignes lues : 1 prêtes, 1 refusées.");
        _click(_get(Button.class, spec -> spec.withId("bulk-confirm")));
        assertThat(rows(_get(Grid.class, spec -> spec.withId("invitations-grid"))))
                .extracting(r -> ((InvitationRow) r).email()).containsExactly(t.prefix() + "-ana@test.invalid");
    }

    @Test
    void theSettingsSaveEachPartAndARefusalSaysWhy() {
        loginAndOpen(t.user("one-admin"), "administration/convention");
        UI.getCurrent().getPage().reload();
        _setValue(_get(TextField.class, spec -> spec.withId("terms-title")), "CTG renouvelée");
        _click(_get(Button.class, spec -> spec.withId("settings-terms-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-terms-error")).getText()).isEmpty();
        _setValue(_get(DatePicker.class, spec -> spec.withId("terms-end")), LocalDate.of(2020, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("settings-terms-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-terms-error")).getText())
                .contains("la fin doit suivre le début");
        _click(_get(Button.class, spec -> spec.withId("groups-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("groups-name-3")), "Jeunesse");
        _click(_get(Button.class, spec -> spec.withId("settings-groups-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-groups-error")).getText()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("committee-6-name")).getValue())
                .isEqualTo("Groupe « Jeunesse »");

        loginAndOpen(t.user("one-secretariat"), "administration/convention");
        UI.getCurrent().getPage().reload();
        _get(AccessRefusedView.class);
        _assertNone(ConventionSettingsView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlatformAdministratorCreatesACafAndInvitesItsAdministratorWhoSeesOnlyIt() {
        loginAndOpen("admin", "administration/cafs");
        _click(_get(Button.class, spec -> spec.withId("caf-new")));
        String code = t.prefix() + "b";
        _setValue(_get(TextField.class, spec -> spec.withId("caf-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("caf-name")), "Caf " + code);
        _setValue(_get(TextField.class, spec -> spec.withId("caf-departement")), "31 – Haute-Garonne");
        _click(_get(Button.class, spec -> spec.withId("caf-create")));
        _get(CafView.class);
        _click(_get(Button.class, spec -> spec.withId("caf-admin-invite")));
        _setValue(_get(TextField.class, spec -> spec.withId("caf-admin-name")), "Claire Caf");
        _setValue(_get(EmailField.class, spec -> spec.withId("caf-admin-email")), code + "-claire@caf.test");
        _click(_get(Button.class, spec -> spec.withId("caf-admin-send")));
        assertThat(_get(CafView.class).getElement().getTextRecursively()).contains("Invitation en attente : " + code
                + "-claire@caf.test");

        loginAndOpen(t.user("cafadmin"), "administration/cafs");
        UI.getCurrent().getPage().reload();
        Grid<CafSummary> grid = _get(Grid.class, spec -> spec.withId("cafs-grid"));
        assertThat(rows(grid)).extracting(c -> ((CafSummary) c).id()).containsExactly(t.cafId());
        _assertNone(Button.class, spec -> spec.withId("caf-new"));
    }

    @Test
    void theWizardCreatesAConventionFromTheNationalStructure() {
        loginAndOpen(t.user("cafadmin"), "administration/cafs/" + t.cafId() + "/nouvelle-convention");
        UI.getCurrent().getPage().reload();
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
        _setValue(_get(TextField.class, spec -> spec.withId("terms-title")), "CTG Caf – CC des Coteaux");
        _setValue(_get(TextField.class, spec -> spec.withId("terms-territory")), "Communauté de communes des Coteaux");
        _setValue(_get(TextField.class, spec -> spec.withId("party-2-name")), "Communauté de communes des Coteaux");
        _setValue(_get(TextField.class, spec -> spec.withId("party-2-short")), "CC des Coteaux");
        for (int i = 0; i < 4; i++) {
            _click(_get(Button.class, spec -> spec.withId("wizard-next")));
        }
        assertThat(_get(UnorderedList.class, spec -> spec.withId("wizard-summary"))
                .getElement().getTextRecursively()).contains("4 champs d’intervention", "10 objectifs", "13 articles");
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("wizard-error")).getText()).isEmpty();
        assertThat(cafs.conventions(t.cafId())).extracting(ConventionRef::title).contains("CTG Caf – CC des Coteaux");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJournalListsWhatHappenedInTheConvention() {
        loginAndOpen(t.user("one-admin"), "administration/journal");
        UI.getCurrent().getPage().reload();
        Grid<JournalRow> grid = _get(Grid.class, spec -> spec.withId("journal-grid"));
        assertThat(rows(grid)).extracting(r -> ((JournalRow) r).kind().name()).contains("ROLES_GRANTED");
        _get(JournalView.class);
    }

    @Test
    void aMemberRevokedWhileTheirPageIsOpenLandsOnTheAccessRefusedPage() {
        long reader = SystemIdentity.call(() -> accounts.accountIdOf(t.user("one-reader")).orElseThrow());
        loginAndOpen(t.user("one-reader"), "");
        UI.getCurrent().getPage().reload();
        var readerAuth = SecurityContextHolder.getContext().getAuthentication();
        login.as(t.user("one-admin"));
        memberships.revoke(t.one(), reader);
        SecurityContextHolder.getContext().setAuthentication(readerAuth);
        MockVaadin.runUIQueue();
        _get(AccessEndedView.class);
    }

    @Test
    void aRevokedMembersNextClickLandsOnTheAccessRefusedPageWithNothingOfTheConventionLeft() {
        long reader = SystemIdentity.call(() -> accounts.accountIdOf(t.user("one-reader")).orElseThrow());
        SystemIdentity.run(() -> accounts.grant(reader, t.two(), Role.READER, null, null));
        loginAndOpen(t.user("one-reader"), "");
        UI.getCurrent().getPage().reload();
        long shown = currentConvention.id().orElseThrow();
        // Revoked on another node: no push reaches this page, only the next click can tell.
        jdbc.update("DELETE FROM membership WHERE account_id = ? AND convention_id = ?", reader, shown);
        UI.getCurrent().navigate("objectifs");
        _get(AccessEndedView.class);
        _assertNone(AppLayout.class); // nothing of that convention on screen
        UI.getCurrent().navigate("");
        assertThat(currentConvention.id()).as("the convention left").contains(shown == t.one() ? t.two() : t.one());
    }

    /** The "Modifier" button of a member's row (grid cells are rendered apart from the component tree). */
    @SuppressWarnings("unchecked")
    private static Button editButton(long accountId) {
        Grid<MemberRow> grid = _get(Grid.class, spec -> spec.withId("members-grid"));
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).accountId() == accountId) {
                var cell = GridKt._getCellComponent(grid, i, "actions");
                return (Button) cell.getChildren().findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no row for " + accountId);
    }

    private static <T> List<T> rows(Grid<T> grid) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            list.add(GridKt._get(grid, i));
        }
        return list;
    }
}
