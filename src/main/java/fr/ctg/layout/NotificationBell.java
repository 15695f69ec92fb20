package fr.ctg.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinker;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.UiCollaboration;
import fr.ctg.governance.ui.GovernanceNavigation;
import fr.ctg.minutes.ui.MinutesNavigation;
import fr.ctg.notification.NotificationCreated;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.notification.NotificationTarget;
import fr.ctg.notification.ui.NotificationNavigation;
import fr.ctg.objective.ui.ObjectiveNavigation;
import fr.ctg.security.CurrentUser;
import java.util.Objects;

/** The bell: how many unread notifications, updated live; opening it lists them and marks them read. */
class NotificationBell extends Div {

    private final NotificationService notifications;
    private final CollaborationHub hub;
    private final PageLinker pages;
    private final long accountId;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private Registration subscription;

    NotificationBell(NotificationService notifications, CollaborationHub hub, PageLinker pages, long accountId) {
        this.notifications = notifications;
        this.pages = pages;
        this.hub = hub;
        this.accountId = accountId;
        addClassName("ctg-bell");
        button.setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClickListener(e -> open());
        count.setId("notification-count");
        count.addClassName("ctg-bell-count");
        add(button, count);
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("notification.bell", unread));
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notification-dialog");
        dialog.setHeaderTitle(getTranslation("notification.title"));
        var list = notifications.recent(20);
        if (list.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("notification.none")));
        }
        for (NotificationItem n : list) {
            Div item = new Div();
            item.addClassName(n.read() ? "ctg-notification" : "ctg-notification-unread");
            item.add(new Span(getTranslation("notification.kind." + n.kind(), n.actorName(), n.subject())));
            RouterLink open = link(n.target(), getTranslation("notification.open"));
            open.getElement().addEventListener("click", e -> dialog.close());
            item.add(new Div(open));
            dialog.add(item);
        }
        RouterLink preferences = NotificationNavigation.preferences(getTranslation("notification.preferences.link"));
        preferences.setId("notification-preferences-link");
        preferences.getElement().addEventListener("click", e -> dialog.close());
        dialog.getFooter().add(preferences, new Button(getTranslation("action.close"), e -> dialog.close()));
        notifications.markAllRead();
        refresh();
        dialog.open();
    }

    /** The owning feature's link for where the notification leads. */
    private RouterLink link(NotificationTarget target, String text) {
        return switch (target.kind()) {
            case CALENDAR -> GovernanceNavigation.calendarLink(text);
            case MINUTES -> MinutesNavigation.link(text, Objects.requireNonNull(target.id()));
            case OBJECTIVE -> ObjectiveNavigation.editLink(text, Objects.requireNonNull(target.id()));
            case DOCUMENT, INDICATOR, INDICATORS, CONTRIBUTION_CALL, MEMBERS, CONSOLIDATED, AVENANTS, AVENANT,
                 DATA_EXCHANGES, LIFECYCLE ->
                    pages.address(new PageRef(
                    PageRef.Kind.valueOf(target.kind().name()), Objects.requireNonNull(target.id()))).link(text);
        };
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription = UiCollaboration.subscribe(hub, event.getUI(), NotificationCreated.topic(accountId),
                NotificationCreated.class, e -> refreshIfStillOpen());
    }

    /** A notification arrived: count again, unless this page was left or its person signed out meanwhile. */
    private void refreshIfStillOpen() {
        if (!isAttached()) {
            return;
        }
        try {
            refresh();
        } catch (CurrentUser.NotAuthenticatedException signedOut) {
            // nobody to count for any more: the page goes with the session
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
    }
}
