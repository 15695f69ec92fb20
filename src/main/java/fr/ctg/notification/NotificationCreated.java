package fr.ctg.notification;

/** A person has a new notification (published after commit to their open views). */
public record NotificationCreated(long accountId) {

    /** The collaboration topic of a person's notifications. */
    public static String topic(long accountId) {
        return "account-notifications:" + accountId;
    }
}
