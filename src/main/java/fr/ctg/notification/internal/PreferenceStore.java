package fr.ctg.notification.internal;

import fr.ctg.notification.NotificationChannel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The preferences, unsubscribe links and digests sent, in three small tables (V25). */
@Repository
public class PreferenceStore {

    private final JdbcTemplate jdbc;

    PreferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, NotificationChannel> chosen(long accountId) {
        Map<String, NotificationChannel> map = new HashMap<>();
        jdbc.query("SELECT kind, channel FROM notification_preference WHERE account_id = ?",
                rs -> { map.put(rs.getString(1), NotificationChannel.valueOf(rs.getString(2))); }, accountId);
        return map;
    }

    /** The channels these people chose for one kind (those who did not choose are left out). */
    public Map<Long, NotificationChannel> chosen(Collection<Long> accountIds, String kind) {
        Map<Long, NotificationChannel> map = new HashMap<>();
        if (accountIds.isEmpty()) {
            return map;
        }
        String marks = String.join(",", Collections.nCopies(accountIds.size(), "?"));
        List<Object> args = new ArrayList<>(accountIds);
        args.add(kind);
        jdbc.query("SELECT account_id, channel FROM notification_preference WHERE account_id IN (" + marks
                + ") AND kind = ?", rs -> { map.put(rs.getLong(1), NotificationChannel.valueOf(rs.getString(2))); },
                args.toArray());
        return map;
    }

    public void choose(long accountId, String kind, NotificationChannel channel) {
        jdbc.update("INSERT INTO notification_preference (account_id, kind, channel) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE channel = VALUES(channel)", accountId, kind, channel.name());
    }

    public void saveUnsubscribe(String tokenHash, long accountId, String kind, Instant at) {
        jdbc.update("INSERT INTO notification_unsubscribe (token_hash, account_id, kind, created_at) VALUES (?, ?, ?, ?)",
                tokenHash, accountId, kind, Timestamp.from(at));
    }

    /** The person and kind of an unsubscribe link. */
    public Optional<Map.Entry<Long, String>> unsubscribe(String tokenHash) {
        return jdbc.query("SELECT account_id, kind FROM notification_unsubscribe WHERE token_hash = ?",
                (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)), tokenHash).stream().findFirst();
    }

    /** Records the digest of this person and period; false when it was already sent (then nothing is sent). */
    public boolean claimDigest(long accountId, String period, int items, Instant at) {
        try {
            jdbc.update("INSERT INTO notification_digest (account_id, period, sent_at, items) VALUES (?, ?, ?, ?)",
                    accountId, period, Timestamp.from(at), items);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
