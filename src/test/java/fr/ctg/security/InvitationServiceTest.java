package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig.MutableClock;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.base.PartyKind;
import fr.ctg.base.SecretTokens;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Member invitations: e-mailed in the invitee's language, single use, 14 days, revocable, sent again with a new
 * secret; accepting creates an account with a password of the person's choosing or links the existing one; bad
 * input is refused with its reason and leaves nothing behind.
 */
@CtgSpringTest
class InvitationServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired InvitationService invitations;
    @Autowired MembershipService memberships;
    @Autowired ConventionService conventions;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    TenantFixture.Tenant t;
    List<ThematicGroupRef> groups;

    @BeforeEach
    void setUp() {
        t = fixture.create();
        login.as(t.user("one-admin"));
        groups = conventions.thematicGroups(t.one());
    }

    @AfterEach
    void tearDown() {
        login.logout();
        clock.reset();
    }

    @Test
    void anInvitedMemberChoosesAPasswordAndHoldsWhatTheInvitationCarried() throws Exception {
        String address = t.prefix() + "-camille@cc.test";
        invitations.invite(t.one(), new NewInvitation("Camille Martin", address, Locale.ENGLISH,
                Set.of(Role.SECRETARIAT, Role.COPIL_MEMBER),
                List.of(new CommitteeSeat(Committee.COMITE_PILOTAGE, PartyKind.EPCI, Seat.PERMANENT),
                        new CommitteeSeat(Committee.COMITE_SUIVI, null, Seat.CONSULTATIVE)),
                Set.of(groups.getFirst().id())));
        MimeMessage mail = lastMailTo(address);
        assertThat(mail.getSubject()).as("in the invitee's language").startsWith("Invitation to the CTG portal");
        String token = token(mail);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE token_sha256 = ?", Long.class, token))
                .as("the secret itself is not stored").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE token_sha256 = ?", Long.class,
                SecretTokens.sha256(token))).as("only its SHA-256").isOne();
        login.logout();

        InvitationDetails d = invitations.describe(token);
        assertThat(d.accountExists()).isFalse();
        assertThat(d.language()).isEqualTo(Locale.ENGLISH);
        assertThat(d.roles()).containsExactlyInAnyOrder(Role.SECRETARIAT, Role.COPIL_MEMBER);
        assertThatThrownBy(() -> invitations.acceptNew(token, "Camille Martin", "azertyuiop123", "azertyuiop123"))
                .hasMessageContaining("account.error.passwordCommon");
        assertThatThrownBy(() -> invitations.acceptNew(token, "Camille Martin", "court", "court"))
                .hasMessageContaining("account.error.password");
        assertThatThrownBy(() -> invitations.acceptNew(token, " ", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .hasMessageContaining("account.error.displayName");
        assertThat(invitations.acceptNew(token, "Camille Martin", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .isEqualTo(address);
        assertThatThrownBy(() -> invitations.acceptNew(token, "Camille Martin", TestLogin.CHOSEN_PASSWORD,
                TestLogin.CHOSEN_PASSWORD)).hasMessageContaining("invitation.error.used");

        login.as(TestLogin.chose(address));
        MyAccount me = accounts.myAccount();
        assertThat(me.language()).isEqualTo(Locale.ENGLISH);
        assertThat(me.places()).singleElement().satisfies(p -> {
            assertThat(p.conventionId()).isEqualTo(t.one());
            assertThat(p.roles()).containsExactlyInAnyOrder(Role.SECRETARIAT, Role.COPIL_MEMBER);
            assertThat(p.seats()).containsExactly(new CommitteeSeat(Committee.COMITE_PILOTAGE, PartyKind.EPCI,
                    Seat.PERMANENT), new CommitteeSeat(Committee.COMITE_SUIVI, null, Seat.CONSULTATIVE));
        });
        login.as(t.user("one-admin"));
        assertThat(memberships.members(t.one())).filteredOn(m -> m.username().equals(address)).singleElement()
                .satisfies(m -> assertThat(m.thematicGroupIds()).containsExactly(groups.getFirst().id()));
        assertThat(invitations.invitations(t.one())).filteredOn(i -> i.email().equals(address))
                .extracting(InvitationRow::status).containsExactly(InvitationRow.Status.ACCEPTED);
    }

    @Autowired AccountService accounts;
    @Autowired AccountAdministrationService administration;

    @Test
    void sentAgainTheOldLinkStopsRevokedOrExpiredNoLinkWorks() throws Exception {
        String address = t.prefix() + "-jean@caf.test";
        long id = invitations.invite(t.one(), invitation("Jean Dupont", address)).id();
        String first = token(lastMailTo(address));
        invitations.resend(id);
        String second = token(lastMailTo(address));
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> invitations.describe(first)).hasMessageContaining("invitation.error.invalid");
        assertThat(invitations.describe(second).email()).isEqualTo(address);

        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> invitations.describe(second)).hasMessageContaining("invitation.error.expired");
        assertThat(invitations.invitations(t.one())).filteredOn(i -> i.id() == id)
                .extracting(InvitationRow::status).containsExactly(InvitationRow.Status.EXPIRED);
        invitations.resend(id);
        String third = token(lastMailTo(address));
        assertThat(invitations.describe(third).email()).as("sent again, valid again").isEqualTo(address);
        invitations.revoke(id);
        assertThatThrownBy(() -> invitations.describe(third)).hasMessageContaining("invitation.error.revoked");
        assertThatThrownBy(() -> invitations.resend(id)).hasMessageContaining("invitation.error.revoked");
        assertThatThrownBy(() -> invitations.describe("n-importe-quoi")).hasMessageContaining("invitation.error.invalid");
        assertThatThrownBy(() -> invitations.describe(null)).hasMessageContaining("invitation.error.invalid");
    }

    @Test
    void anExistingAccountIsLinkedWithItsOwnPasswordAndInvitedInItsOwnLanguage() throws Exception {
        String reader = t.user("two-reader");
        login.as(reader);
        accounts.chooseLanguage(Locale.ENGLISH);
        login.as(t.user("one-admin"));
        invitations.invite(t.one(), invitation("Rita", reader + "@test.invalid"));
        MimeMessage mail = lastMailTo(reader + "@test.invalid");
        assertThat(mail.getSubject()).as("invited in French, but the account reads English").startsWith("Invitation to");
        String token = token(mail);
        login.logout();
        assertThat(invitations.describe(token).accountExists()).isTrue();
        assertThatThrownBy(() -> invitations.acceptNew(token, "Rita", TestLogin.CHOSEN_PASSWORD, TestLogin.CHOSEN_PASSWORD))
                .hasMessageContaining("invitation.error.accountExists");
        assertThatThrownBy(() -> invitations.acceptExisting(token, "pas-le-bon-mot-de-passe"))
                .hasMessageContaining("invitation.error.wrongPassword");
        assertThat(invitations.acceptExisting(token, TestLogin.DEMO_PASSWORD)).isEqualTo(reader);
        login.as(reader);
        assertThat(conventions.myConventions()).extracting(c -> c.id()).containsExactlyInAnyOrder(t.one(), t.two());
    }

    @Test
    void badInvitationsAreRefusedWithTheirReasonAndNothingIsSent() {
        int before = greenMail.getReceivedMessages().length;
        long invitationsBefore = invitations.invitations(t.one()).size();
        refused(new NewInvitation("X", "pas-une-adresse", Locale.FRENCH, Set.of(Role.READER), List.of(), Set.of()),
                "account.error.email");
        refused(new NewInvitation("", "x@test.invalid", Locale.FRENCH, Set.of(Role.READER), List.of(), Set.of()),
                "account.error.displayName");
        refused(new NewInvitation("X", "x@test.invalid", Locale.FRENCH, Set.of(), List.of(), Set.of()),
                "invitation.error.roles");
        refused(new NewInvitation("X", "x@test.invalid", Locale.FRENCH, Set.of(Role.ASSOCIATION), List.of(), Set.of()),
                "invitation.error.associationRole");
        refused(new NewInvitation("X", "x@test.invalid", Locale.FRENCH, Set.of(Role.READER),
                List.of(new CommitteeSeat(Committee.THEMATIC_GROUP, null, Seat.PERMANENT)), Set.of()),
                "invitation.error.groupSeat");
        refused(new NewInvitation("X", "x@test.invalid", Locale.FRENCH, Set.of(Role.READER),
                List.of(new CommitteeSeat(Committee.COMITE_SUIVI, null, Seat.PERMANENT),
                        new CommitteeSeat(Committee.COMITE_SUIVI, null, Seat.CONSULTATIVE)), Set.of()),
                "invitation.error.twoSeats");
        long otherGroup = SystemIdentity.call(() -> conventions.thematicGroups(t.two()).getFirst().id());
        refused(new NewInvitation("X", "x@test.invalid", Locale.FRENCH, Set.of(Role.READER), List.of(),
                Set.of(otherGroup)), "invitation.error.group");
        refused(invitation("Rita", t.user("one-reader") + "@test.invalid"), "invitation.error.alreadyMember");
        assertThat(greenMail.getReceivedMessages()).hasSize(before);
        assertThat(invitations.invitations(t.one())).hasSize((int) invitationsBefore);

        invitations.invite(t.one(), invitation("Once", t.prefix() + "-once@test.invalid"));
        refused(invitation("Twice", t.prefix() + "-once@test.invalid"), "invitation.error.pending");
        for (String bad : new String[] {"a,b@cc.test", "a;b@cc.test", "a..b@cc.test", "<a@cc.test>", "a\"b@cc.test"}) {
            refused(invitation("X", bad), "account.error.email");
        }
        refused(invitation("X", "a".repeat(93) + "@cc.test"), "account.error.emailTooLong");
        assertThatThrownBy(() -> invitations.invitePartner(t.one(), t.user("one-reader") + "@test.invalid",
                "Familles rurales", Locale.FRENCH)).as("a member is not invited again as a partner")
                .hasMessageContaining("invitation.error.alreadyMember");
    }

    @Test
    void anExpiredInvitationSentAgainIsCheckedAgainAndADisabledAccountIsNotInvited() throws Exception {
        String address = t.prefix() + "-lou@cc.test";
        long first = invitations.invite(t.one(), invitation("Lou", address)).id();
        clock.advance(Duration.ofDays(15));
        long second = invitations.invite(t.one(), invitation("Lou", address)).id();
        assertThatThrownBy(() -> invitations.resend(first)).as("another invitation is pending")
                .hasMessageContaining("invitation.error.pending");
        invitations.resend(second);

        String reader = t.user("two-reader");
        long readerId = SystemIdentity.call(() -> accounts.accountIdOf(reader).orElseThrow());
        login.as(t.user("cafadmin"));
        administration.disable(readerId);
        login.as(t.user("one-admin"));
        assertThatThrownBy(() -> invitations.invite(t.one(), invitation("Rita", reader + "@test.invalid")))
                .hasMessageContaining("invitation.error.accountDisabled");
    }

    private void refused(NewInvitation cmd, String key) {
        assertThatThrownBy(() -> invitations.invite(t.one(), cmd)).hasMessageContaining(key);
    }

    private static NewInvitation invitation(String name, String email) {
        return new NewInvitation(name, email, Locale.FRENCH, Set.of(Role.READER), List.of(), Set.of());
    }

    private static MimeMessage lastMailTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).reduce((a, b) -> b).orElseThrow();
    }

    static String token(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = Pattern.compile("/invitation/([A-Za-z0-9_-]{20,})").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
