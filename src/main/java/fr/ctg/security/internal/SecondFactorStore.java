package fr.ctg.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The TOTP secrets and recovery codes. Using a code is one conditional update, so that two requests carrying the same
 * code (or the same recovery code) cannot both succeed.
 */
@Repository
public class SecondFactorStore {

    /** An account's secret; {@code confirmedAt} is null until a first code proved the app holds it. */
    public record Secret(String secret, Instant confirmedAt, long lastStep) {
        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcTemplate jdbc;

    SecondFactorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Secret> secretOf(long accountId) {
        return jdbc.query("SELECT secret, confirmed_at, last_step FROM second_factor WHERE account_id = ?",
                (rs, n) -> new Secret(rs.getString(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        rs.getLong(3)), accountId).stream().findFirst();
    }

    /** A new, unconfirmed secret (replacing any earlier one, and its recovery codes). */
    public void newSecret(long accountId, String secret, Instant at) {
        forget(accountId);
        jdbc.update("INSERT INTO second_factor (account_id, secret, created_at, confirmed_at, last_step) VALUES (?, ?, ?, NULL, 0)",
                accountId, secret, Timestamp.from(at));
    }

    /** Records that the code of {@code step} was used; false when that step (or a later one) was used already. */
    public boolean useStep(long accountId, long step) {
        return jdbc.update("UPDATE second_factor SET last_step = ? WHERE account_id = ? AND last_step < ?",
                step, accountId, step) == 1;
    }

    /** Confirms the secret; false when it was confirmed already (another enrolment got there first). */
    public boolean confirm(long accountId, Instant at) {
        return 1 == jdbc.update("UPDATE second_factor SET confirmed_at = ? WHERE account_id = ? AND confirmed_at IS NULL",
                Timestamp.from(at), accountId);
    }

    /** Replaces the account's recovery codes by these hashes. */
    public void replaceRecoveryCodes(long accountId, List<String> sha256s, Instant at) {
        jdbc.update("DELETE FROM recovery_code WHERE account_id = ?", accountId);
        jdbc.batchUpdate("INSERT INTO recovery_code (account_id, code_sha256, created_at) VALUES (?, ?, ?)",
                sha256s.stream().map(h -> new Object[]{accountId, h, Timestamp.from(at)}).toList());
    }

    /** Uses a recovery code; false when there is no such unused code. */
    public boolean useRecoveryCode(long accountId, String sha256, Instant at) {
        return jdbc.update("UPDATE recovery_code SET used_at = ? WHERE account_id = ? AND code_sha256 = ? AND used_at IS NULL",
                Timestamp.from(at), accountId, sha256) == 1;
    }

    public int recoveryCodesLeft(long accountId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL",
                Integer.class, accountId);
        return n == null ? 0 : n;
    }

    /** Removes the secret and the codes (a reset: the next login enrols again; an erasure). */
    public void forget(long accountId) {
        jdbc.update("DELETE FROM recovery_code WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM second_factor WHERE account_id = ?", accountId);
    }
}
