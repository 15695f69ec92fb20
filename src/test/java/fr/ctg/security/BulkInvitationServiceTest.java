package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.base.PartyKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inviting from a CSV file: a dry run gives every row's outcome with its line (nothing sent), confirming sends the
 * ready rows only; a file that cannot be read is refused as a whole.
 */
@CtgSpringTest
class BulkInvitationServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired BulkInvitationService bulk;
    @Autowired InvitationService invitations;

    TenantFixture.Tenant t;

    @BeforeEach
    void setUp() {
        t = fixture.create();
        login.as(t.user("one-admin"));
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void theDryRunListsEveryRowsOutcomeAndConfirmingSendsOnlyTheReadyOnes() {
        String p = t.prefix();
        String csv = "\uFEFFNom;E-mail;Rôle;Comité;Groupes;Langue\r\n"
                + "Camille Martin;" + p + "-camille@cc.test;Secrétariat;Comité de pilotage (CC);Petite enfance;\r\n"
                + "Jean Dupont;" + p + "-JEAN@caf.test;copil, lecteur;COPIL (Caf), suivi (consultatif);Parentalité, petite enfance;en\r\n"
                + "Sans Adresse;pas-une-adresse;Lecteur;;;\r\n"
                + "Rôle Inconnu;" + p + "-x@test.invalid;Maire;;;\r\n"
                + "Comité Inconnu;" + p + "-y@test.invalid;Lecteur;Conseil municipal;;\r\n"
                + "Groupe Inconnu;" + p + "-z@test.invalid;Lecteur;;Culture;\r\n"
                + "Déjà Membre;" + t.user("one-reader") + "@test.invalid;Lecteur;;;\r\n"
                + "Doublon;" + p + "-camille@cc.test;Lecteur;;;\r\n"
                + "Association;" + p + "-asso@test.invalid;Association partenaire;;;\r\n"
                + ";" + p + "-noname@test.invalid;Lecteur;;;\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        BulkInvitationPreview preview = bulk.preview(t.one(), file, Locale.FRENCH);
        assertThat(preview.fileRejected()).isFalse();
        Map<Integer, String> outcome = preview.rows().stream().collect(Collectors.toMap(BulkInvitationPreview.Row::line,
                r -> r.ready() ? "ready" : r.errorKey()));
        assertThat(outcome).containsExactlyInAnyOrderEntriesOf(Map.of(
                2, "ready", 3, "ready", 4, "account.error.email", 5, "bulk.error.role", 6, "bulk.error.committee",
                7, "bulk.error.group", 8, "invitation.error.alreadyMember", 9, "bulk.error.twice",
                10, "invitation.error.associationRole", 11, "account.error.displayName"));
        NewInvitation jean = preview.rows().get(1).invitation();
        assertThat(jean.email()).isEqualTo(p + "-jean@caf.test");
        assertThat(jean.language()).isEqualTo(Locale.ENGLISH);
        assertThat(jean.roles()).containsExactlyInAnyOrder(Role.COPIL_MEMBER, Role.READER);
        assertThat(jean.seats()).containsExactly(new CommitteeSeat(Committee.COMITE_PILOTAGE, PartyKind.CAF, Seat.PERMANENT),
                new CommitteeSeat(Committee.COMITE_SUIVI, null, Seat.CONSULTATIVE));
        assertThat(jean.thematicGroupIds()).hasSize(2);
        assertThat(invitations.invitations(t.one())).as("nothing sent by the dry run").isEmpty();

        assertThat(bulk.confirm(t.one(), file, Locale.FRENCH)).isEqualTo(2);
        assertThat(invitations.invitations(t.one())).extracting(InvitationRow::email)
                .containsExactlyInAnyOrder(p + "-camille@cc.test", p + "-jean@caf.test");
        assertThat(bulk.preview(t.one(), file, Locale.FRENCH).rows().getFirst().errorKey())
                .as("a second run finds them pending").isEqualTo("invitation.error.pending");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        assertThat(rejected("nom;e-mail\nX;x@test.invalid")).isEqualTo("bulk.error.header");
        assertThat(rejected("")).isEqualTo("bulk.error.empty");
        assertThat(rejected("nom;e-mail;rôle\n")).isEqualTo("bulk.error.empty");
        assertThat(bulk.preview(t.one(), new byte[] {'n', 'o', 'm', ';', (byte) 0xE9, '\n'}, Locale.FRENCH).fileErrorKey())
                .isEqualTo("bulk.error.encoding");
        assertThat(rejected("nom;e-mail;rôle\n\"X;x@test.invalid;Lecteur\n")).isEqualTo("bulk.error.unreadable");
        StringBuilder many = new StringBuilder("nom;e-mail;rôle\n");
        for (int i = 0; i <= BulkInvitationService.MAX_ROWS; i++) {
            many.append("P").append(i).append(";p").append(i).append("@test.invalid;Lecteur\n");
        }
        assertThat(rejected(many.toString())).isEqualTo("bulk.error.tooManyRows");
        assertThatThrownBy(() -> bulk.confirm(t.one(), "nom;e-mail\n".getBytes(StandardCharsets.UTF_8), Locale.FRENCH))
                .hasMessageContaining("bulk.error.header");
        assertThat(invitations.invitations(t.one())).isEmpty();
        List<String> commas = List.of("name,email,role", "Ana,ana-" + t.prefix() + "@test.invalid,reader");
        assertThat(bulk.preview(t.one(), String.join("\n", commas).getBytes(StandardCharsets.UTF_8), Locale.FRENCH)
                .ready()).as("commas and English headers").isEqualTo(1);
    }

    @Test
    void rowsAreNumberedAsTheFileShowsThemFillerRowsAreSkippedAndACorrectedRowIsNoDuplicate() {
        String p = t.prefix();
        String csv = "nom;e-mail;rôle\n"
                + "Ana;" + p + "-ana@test.invalid;Maire\n"          // line 2: refused (role)
                + "\n"                                              // line 3: blank
                + ";;\n"                                            // line 4: a spreadsheet's filler row
                + "Ana;" + p + "-ana@test.invalid;Lecteur\n"        // line 5: the corrected row, ready
                + "Ana bis;" + p + "-ana@test.invalid;Lecteur\n";   // line 6: now a duplicate
        Map<Integer, String> outcome = bulk.preview(t.one(), csv.getBytes(StandardCharsets.UTF_8), Locale.FRENCH).rows()
                .stream().collect(Collectors.toMap(BulkInvitationPreview.Row::line, r -> r.ready() ? "ready" : r.errorKey()));
        assertThat(outcome).containsExactlyInAnyOrderEntriesOf(Map.of(2, "bulk.error.role", 5, "ready",
                6, "bulk.error.twice"));
        BulkInvitationPreview broken = bulk.preview(t.one(), ("nom;e-mail;rôle\nA;a@test.invalid;Lecteur\n"
                + "\"B;b@test.invalid;Lecteur\nC;c@test.invalid;Lecteur").getBytes(StandardCharsets.UTF_8), Locale.FRENCH);
        assertThat(broken.fileErrorKey()).isEqualTo("bulk.error.unreadable");
        assertThat(rejected("nom;nom;rôle\nA;B;Lecteur")).as("duplicate headers").isIn("bulk.error.unreadableHeader",
                "bulk.error.header");
    }

    private String rejected(String csv) {
        return bulk.preview(t.one(), csv.getBytes(StandardCharsets.UTF_8), Locale.FRENCH).fileErrorKey();
    }
}
