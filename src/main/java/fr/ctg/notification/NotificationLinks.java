package fr.ctg.notification;

import fr.ctg.notification.internal.Notification;

/**
 * The portal address an e-mail gives for a notification: the item itself through the search's "open in its
 * convention" address ({@code recherche/resultat/{convention}/{kind}/{id}}, which selects the convention after the
 * membership check, then shows the page), the calendar, or the portal's home for the places it does not name.
 */
final class NotificationLinks {

    private NotificationLinks() {
    }

    static String path(Notification n) {
        NotificationTarget target = n.getTarget();
        Long id = target.id();
        return switch (target.kind()) {
            case OBJECTIVE, DOCUMENT, MINUTES, INDICATOR -> id == null ? ""
                    : "recherche/resultat/" + n.getConventionId() + "/" + target.kind().name() + "/" + id;
            case CALENDAR -> "calendrier";
            case INDICATORS -> "indicateurs";
            case CONTRIBUTION_CALL -> id == null ? "contributions" : "contributions/" + id + "/reponses";
            case MEMBERS -> "administration/membres";
            case CONSOLIDATED -> "convention/consolidee";
            case AVENANTS -> "avenants";
            case AVENANT -> id == null ? "avenants" : "avenants/" + id;
            case DATA_EXCHANGES -> "echanges-de-donnees";
            case LIFECYCLE -> "convention/duree";
        };
    }
}
