package fr.ctg.base.journal;

/**
 * Something the audit journal keeps, published by the feature where it happened (in its transaction: what is
 * rolled back is not journaled). Who did it is the logged-in person unless {@link #by} or {@link #byLabel} says
 * otherwise (a failed login names what was typed); the journal adds when and from which address.
 */
public record JournalEvent(JournalKind kind, Long conventionId, Long cafId, Long subjectAccountId, String detail,
                           Long actorAccountId, String actorLabel) {

    public static JournalEvent of(JournalKind kind) {
        return new JournalEvent(kind, null, null, null, null, null, null);
    }

    public JournalEvent convention(Long id) {
        return new JournalEvent(kind, id, cafId, subjectAccountId, detail, actorAccountId, actorLabel);
    }

    public JournalEvent caf(Long id) {
        return new JournalEvent(kind, conventionId, id, subjectAccountId, detail, actorAccountId, actorLabel);
    }

    /** The person the entry is about (the member whose role changed, the account disabled...). */
    public JournalEvent about(Long accountId) {
        return new JournalEvent(kind, conventionId, cafId, accountId, detail, actorAccountId, actorLabel);
    }

    public JournalEvent detail(String text) {
        String d = text == null ? null : text.length() > 1000 ? text.substring(0, 999) + "…" : text;
        return new JournalEvent(kind, conventionId, cafId, subjectAccountId, d, actorAccountId, actorLabel);
    }

    public JournalEvent by(Long accountId) {
        return new JournalEvent(kind, conventionId, cafId, subjectAccountId, detail, accountId, actorLabel);
    }

    public JournalEvent byLabel(String label) {
        String l = label == null ? null : label.length() > 200 ? label.substring(0, 200) : label;
        return new JournalEvent(kind, conventionId, cafId, subjectAccountId, detail, actorAccountId, l);
    }
}
