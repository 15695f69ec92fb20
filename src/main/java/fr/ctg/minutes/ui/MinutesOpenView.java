package fr.ctg.minutes.ui;

import fr.ctg.governance.ui.GovernanceNavigation;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.minutes.MinutesService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * {@code comptes-rendus/reunion/{meetingId}}: the minutes of a meeting, opened as a draft by the secretariat the
 * first time, then shown at their own address. A meeting not held yet gets an explanation.
 */
@Route("comptes-rendus/reunion/:meetingId([0-9]+)")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class MinutesOpenView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MinutesService minutes;

    MinutesOpenView(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long meetingId = event.getRouteParameters().getLong("meetingId").orElseThrow();
        try {
            event.forwardTo(MinutesView.class,
                    new RouteParameters("minutesId", String.valueOf(minutes.openForMeeting(meetingId))));
        } catch (BusinessRuleException e) {
            removeAll();
            Paragraph why = new Paragraph(Notifications.message(e));
            why.setId("minutes-open-error");
            add(new H2(getTranslation("minutes.open.heading")), why,
                    GovernanceNavigation.calendarLink(getTranslation("minutes.open.back")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.open.heading");
    }
}
