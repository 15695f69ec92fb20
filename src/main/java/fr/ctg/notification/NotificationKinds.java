package fr.ctg.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of notification people choose for, with the channel each gets until they choose. */
public final class NotificationKinds {

    /** Kind → default channel, in the order the preferences page lists them. */
    public static final Map<String, NotificationChannel> DEFAULTS = defaults();

    private NotificationKinds() {
    }

    private static Map<String, NotificationChannel> defaults() {
        Map<String, NotificationChannel> d = new LinkedHashMap<>();
        d.put(NotificationService.KIND_MENTION, NotificationChannel.EMAIL);
        d.put(NotificationService.KIND_REPLY, NotificationChannel.EMAIL);
        d.put(NotificationService.KIND_MINUTES_REVIEW, NotificationChannel.EMAIL);
        // the convocation itself is e-mailed with its invitation: the portal only adds it to the list
        d.put(NotificationService.KIND_CONVOCATION, NotificationChannel.IN_APP);
        d.put(NotificationService.KIND_MINUTES_PUBLISHED, NotificationChannel.DAILY_DIGEST);
        d.put(NotificationService.KIND_DEADLINES_MOVED, NotificationChannel.DAILY_DIGEST);
        // moves and cancellations of a convened meeting are e-mailed with their invitation update already
        d.put(NotificationService.KIND_MEETING_MOVED, NotificationChannel.IN_APP);
        d.put(NotificationService.KIND_MEETING_CANCELLED, NotificationChannel.IN_APP);
        d.put(NotificationService.KIND_ACTION_ASSIGNED, NotificationChannel.EMAIL);
        d.put(NotificationService.KIND_ACTION_DUE, NotificationChannel.EMAIL);
        d.put(NotificationService.KIND_INDICATOR_VALIDATED, NotificationChannel.WEEKLY_DIGEST);
        d.put(NotificationService.KIND_CONTRIBUTION_RECEIVED, NotificationChannel.DAILY_DIGEST);
        d.put(NotificationService.KIND_DATA_EXCHANGE, NotificationChannel.IN_APP);
        d.put(NotificationService.KIND_AVENANT, NotificationChannel.EMAIL);
        d.put(NotificationService.KIND_INVITATION_ACCEPTED, NotificationChannel.IN_APP);
        return Collections.unmodifiableMap(d);
    }

    /** What the preferences page calls the kind ("Mentions in a discussion"). */
    public static String labelKey(String kind) {
        return "notification.pref." + kind;
    }
}
