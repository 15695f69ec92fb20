package fr.ctg.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.CafService;
import fr.ctg.convention.CafSummary;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionSettings;
import fr.ctg.convention.ConventionSettingsService;
import fr.ctg.document.TestFiles;
import fr.ctg.governance.CommitteeSettingsService;
import fr.ctg.journal.JournalQuery;
import fr.ctg.journal.JournalService;
import fr.ctg.security.AccountAdministrationService;
import fr.ctg.security.AccountService;
import fr.ctg.security.BulkInvitationService;
import fr.ctg.security.InvitationService;
import fr.ctg.security.MembershipChange;
import fr.ctg.security.MembershipService;
import fr.ctg.security.NewInvitation;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;

/**
 * Who administers what, enforced in the services: a Caf's administrator reaches every convention of that Caf and
 * nothing of another Caf (its ids do not exist for them); a convention's ADMIN reaches that convention only; a
 * revoked member and a disabled account are refused at their next call.
 */
@CtgSpringTest
class TenancyServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired CafService cafs;
    @Autowired ConventionService conventions;
    @Autowired ConventionSettingsService settings;
    @Autowired CommitteeSettingsService committees;
    @Autowired ConventionSetupService setup;
    @Autowired InvitationService invitations;
    @Autowired BulkInvitationService bulk;
    @Autowired MembershipService memberships;
    @Autowired AccountAdministrationService administration;
    @Autowired AccountService accounts;
    @Autowired JournalService journal;

    TenantFixture.Tenant a;
    TenantFixture.Tenant b;

    @BeforeEach
    void setUp() {
        a = fixture.create();
        b = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void aCafAdministratorReachesEveryConventionOfItsCafAndNothingOfAnother() {
        login.as(a.user("cafadmin"));
        assertThat(cafs.cafs()).extracting(CafSummary::id).containsExactly(a.cafId());
        assertThat(conventions.myConventions()).extracting(ConventionRef::id).containsExactlyInAnyOrder(a.one(), a.two());
        assertThat(memberships.members(a.one())).isNotEmpty();
        assertThat(settings.settings(a.two()).conventionId()).isEqualTo(a.two());

        long bMember = idOf(b.user("one-reader"));
        long bCaf = b.cafId();
        long bConv = b.one();
        notFound(() -> cafs.caf(bCaf));
        notFound(() -> cafs.update(bCaf, "Caf piratée", "99", null));
        notFound(() -> cafs.uploadLogo(bCaf, new ByteArrayInputStream(TestFiles.png())));
        notFound(() -> cafs.conventions(bCaf));
        notFound(() -> conventions.create(bCaf, null));
        notFound(() -> conventions.overview(bConv));
        notFound(() -> settings.settings(bConv));
        notFound(() -> settings.updateTerms(bConv, settings(a.one()).terms()));
        notFound(() -> settings.updateFields(bConv, List.of()));
        notFound(() -> settings.storeLogo(bCaf, new ByteArrayInputStream(TestFiles.png())));
        notFound(() -> committees.rules(bConv));
        notFound(() -> committees.updateRules(bConv, List.of()));
        notFound(() -> setup.fromNationalStructure(bCaf));
        notFound(() -> setup.copyOf(a.cafId(), bConv));
        notFound(() -> setup.copyOf(bCaf, bConv));
        notFound(() -> invitations.invite(bConv, new NewInvitation("X", "x@test.invalid", Locale.FRENCH,
                Set.of(Role.READER), List.of(), Set.of())));
        notFound(() -> invitations.invitations(bConv));
        notFound(() -> invitations.cafInvitations(bCaf));
        notFound(() -> bulk.preview(bConv, "nom;e-mail;rôle\nX;x@test.invalid;Lecteur".getBytes(StandardCharsets.UTF_8),
                Locale.FRENCH));
        notFound(() -> memberships.members(bConv));
        notFound(() -> memberships.change(bConv, bMember, new MembershipChange(Set.of(Role.ADMIN), List.of(), Set.of())));
        notFound(() -> memberships.revoke(bConv, bMember));
        notFound(() -> memberships.grantAdministrator(bConv, idOf(a.user("cafadmin"))));
        notFound(() -> administration.people(bCaf));
        notFound(() -> administration.cafAdministrators(bCaf));
        notFound(() -> administration.disable(bMember));
        notFound(() -> administration.enable(bMember));
        notFound(() -> administration.erase(bMember));
        notFound(() -> journal.search(new JournalQuery(bCaf, null, null, null, null, null), 0, 10));
        notFound(() -> journal.search(JournalQuery.ofConvention(bConv), 0, 10));
        assertThatThrownBy(() -> invitations.inviteCafAdministrator(a.cafId(), "X", "x@test.invalid", Locale.FRENCH))
                .as("only the platform administrator names Caf administrators").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> administration.removeCafAdministrator(a.cafId(), idOf(a.user("cafadmin"))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> journal.search(new JournalQuery(null, null, null, null, null, null), 0, 10))
                .as("the whole platform's journal").isInstanceOf(AccessRefusedException.class);

        login.as(b.user("one-reader"));
        assertThat(conventions.ref(bConv).id()).as("nothing changed in the other Caf").isEqualTo(bConv);
    }

    @Test
    void aConventionAdministratorAdministersThatConventionOnly() {
        login.as(a.user("one-admin"));
        assertThat(memberships.members(a.one())).extracting(m -> m.username()).contains(a.user("one-reader"));
        notFound(() -> memberships.members(a.two()));
        notFound(() -> settings.settings(a.two()));
        notFound(() -> invitations.invitations(a.two()));
        notFound(() -> journal.search(JournalQuery.ofConvention(a.two()), 0, 10));
        notFound(() -> cafs.caf(a.cafId()));
        notFound(() -> administration.people(a.cafId()));
        login.as(a.user("one-secretariat"));
        assertThatThrownBy(() -> memberships.members(a.one())).as("the secretariat does not administer")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> invitations.invite(a.one(), new NewInvitation("X", "x@test.invalid", Locale.FRENCH,
                Set.of(Role.READER), List.of(), Set.of()))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aRevokedMemberIsRefusedAtTheirNextCallAndADisabledAccountCannotLogIn() {
        login.as(a.user("one-reader"));
        assertThat(conventions.overview(a.one()).id()).isEqualTo(a.one());
        long reader = idOf(a.user("one-reader"));

        login.as(a.user("one-admin"));
        memberships.revoke(a.one(), reader);
        login.as(a.user("one-reader"));
        notFound(() -> conventions.overview(a.one()));
        assertThat(conventions.myConventions()).isEmpty();

        long secretariat = idOf(a.user("one-secretariat"));
        login.as(a.user("cafadmin"));
        administration.disable(secretariat);
        assertThatThrownBy(() -> login.as(a.user("one-secretariat")))
                .isInstanceOf(DisabledException.class);
        login.as(a.user("cafadmin"));
        administration.enable(secretariat);
        assertThat(login.as(a.user("one-secretariat")).isAuthenticated()).isTrue();
    }

    @Test
    void aConventionNeverLosesItsLastAdministrator() {
        long admin = idOf(a.user("one-admin"));
        login.as(a.user("one-admin"));
        assertThatThrownBy(() -> memberships.revoke(a.one(), admin)).hasMessageContaining("member.error.lastAdmin");
        assertThatThrownBy(() -> memberships.change(a.one(), admin, new MembershipChange(Set.of(Role.READER), List.of(),
                Set.of()))).hasMessageContaining("member.error.lastAdmin");
        login.as(a.user("cafadmin"));
        assertThatThrownBy(() -> administration.disable(admin)).hasMessageContaining("member.error.lastAdminAccount");
        assertThatThrownBy(() -> administration.erase(admin)).hasMessageContaining("member.error.lastAdminAccount");
        memberships.grantAdministrator(a.one(), idOf(a.user("one-secretariat")));
        memberships.change(a.one(), admin, new MembershipChange(Set.of(Role.READER), List.of(), Set.of()));
        assertThat(memberships.members(a.one())).filteredOn(m -> m.accountId() == admin)
                .extracting(m -> m.roles()).containsExactly(Set.of(Role.READER));
    }

    private ConventionSettings settings(long conventionId) {
        return SystemIdentity.call(() -> settings.settings(conventionId));
    }

    private long idOf(String username) {
        return SystemIdentity.call(() -> accounts.accountIdOf(username).orElseThrow());
    }

    @Test
    void aCafAdministratorManagesNoOneWhoAlsoBelongsToAnotherCaf() {
        long bAdmin = idOf(b.user("cafadmin"));
        SystemIdentity.run(() -> accounts.grant(bAdmin, a.one(), Role.READER, null, null));
        login.as(a.user("cafadmin"));
        assertThatThrownBy(() -> administration.disable(bAdmin)).as("another Caf's administrator, member here")
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> administration.erase(bAdmin)).isInstanceOf(AccessRefusedException.class);
        assertThat(login.as(b.user("cafadmin")).isAuthenticated()).as("still enabled").isTrue();
    }

    @Test
    void aConventionAdministratorNamesAdministratorsAmongItsMembersOnlyAndReadersReadNoNames() {
        long outsider = idOf(b.user("one-reader"));
        long reader = idOf(a.user("one-reader"));
        login.as(a.user("one-admin"));
        notFound(() -> memberships.grantAdministrator(a.one(), outsider));
        memberships.grantAdministrator(a.one(), reader);
        assertThat(memberships.members(a.one())).filteredOn(m -> m.accountId() == reader)
                .extracting(m -> m.roles().contains(Role.ADMIN)).containsExactly(true);
        assertThat(accounts.displayNames(List.of(outsider))).as("the journal names people for administrators")
                .containsKey(outsider);
        login.as(a.user("one-secretariat"));
        assertThatThrownBy(() -> accounts.displayNames(List.of(outsider))).isInstanceOf(AccessRefusedException.class);
        login.as(b.user("one-reader"));
        notFound(() -> memberships.grantAdministrator(a.one(), outsider));
    }

    private static void notFound(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }
}
