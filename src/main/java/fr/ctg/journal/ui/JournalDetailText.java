package fr.ctg.journal.ui;

import fr.ctg.base.PartyKind;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.security.Committee;
import fr.ctg.security.InvitationKind;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journal detail as people read it: what it is stored with (codes of roles, committees, seats, parties and
 * invitation kinds; a settings part; an export's subject; why a login failed — the same in every language and in the
 * CSV export) becomes words in the reader's language. Free text (a file's or a convention's name) stays as written.
 */
final class JournalDetailText {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+\\b");
    /** The kinds whose detail is made of codes and an e-mail address only. */
    private static final Set<JournalKind> CODED = EnumSet.of(JournalKind.INVITATION_SENT, JournalKind.INVITATION_RESENT,
            JournalKind.INVITATION_ACCEPTED, JournalKind.INVITATION_REVOKED, JournalKind.ROLES_GRANTED,
            JournalKind.ROLES_CHANGED, JournalKind.MEMBERSHIP_REVOKED);
    private static final Set<String> SETTINGS = Set.of("terms", "parties", "fields", "groups", "logo", "committees",
            "rules");
    private static final Set<String> EXPORTS = Set.of("members", "journal", "indicators", "contributions");
    private static final Map<String, String> LOGIN = Map.of("throttled", "throttled", "bad credentials",
            "badCredentials", "demo password", "demoPassword", "DisabledException", "disabled");

    private final Map<String, String> labels = new HashMap<>();
    private final UnaryOperator<String> translate;

    JournalDetailText(UnaryOperator<String> translate) {
        this.translate = translate;
        for (Role r : Role.values()) {
            labels.putIfAbsent(r.name(), translate.apply(r.labelKey()));
        }
        for (Committee c : Committee.values()) {
            labels.putIfAbsent(c.name(), translate.apply(c.labelKey()));
        }
        for (Seat s : Seat.values()) {
            labels.putIfAbsent(s.name(), translate.apply("seat.short." + s.name()));
        }
        for (PartyKind p : PartyKind.values()) {
            labels.putIfAbsent(p.name(), translate.apply(p.labelKey()));
        }
        for (InvitationKind k : InvitationKind.values()) {
            labels.putIfAbsent(k.name(), translate.apply(k.labelKey()));
        }
    }

    String of(JournalKind kind, String detail) {
        if (detail == null) {
            return "";
        }
        return switch (kind) {
            case CONVENTION_SETTINGS_CHANGED -> SETTINGS.contains(detail)
                    ? translate.apply("journal.detail.settings." + detail) : detail;
            case LOGIN_FAILED -> LOGIN.containsKey(detail) ? translate.apply("journal.detail.login." + LOGIN.get(detail))
                    : detail;
            case EXPORT -> {
                String[] words = detail.split(" ", 2);
                yield EXPORTS.contains(words[0]) ? translate.apply("journal.detail.export." + words[0])
                        + (words.length > 1 ? " — " + words[1] : "") : detail;
            }
            default -> CODED.contains(kind) ? codes(detail) : detail;
        };
    }

    private String codes(String detail) {
        Matcher m = CODE.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(labels.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
