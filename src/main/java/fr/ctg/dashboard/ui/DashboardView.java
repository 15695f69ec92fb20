package fr.ctg.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.UiCollaboration;
import fr.ctg.convention.ConventionOverview;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.governance.DeadlineService;
import fr.ctg.minutes.ActionItemService;
import fr.ctg.objective.FieldObjectives;
import fr.ctg.objective.ObjectiveChanged;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveTopics;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The "Tableau de bord": the convention at a glance for members who read it (parties, dates,
 * objectives per field, territory portrait); associations get their own welcome.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER, Role.ASSOCIATION})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final Div objectivesSlot = new Div();
    private final ObjectiveService objectives;
    private final CollaborationHub hub;
    private Long liveConventionId;
    private Registration subscription;

    DashboardView(CurrentConvention currentConvention, ConventionService conventions, ObjectiveService objectives,
                  CollaborationHub hub, DeadlineService deadlineService, Clock clock,
                  CurrentUser currentUser, ActionItemService actions) {
        this.objectives = objectives;
        this.hub = hub;
        addClassName("ctg-dashboard");
        setWidthFull();
        Long conventionId = currentConvention.id().orElse(null);
        if (conventionId == null) {
            add(new H2(getTranslation("dashboard.noConvention.title")),
                    new Paragraph(getTranslation("dashboard.noConvention")));
            return;
        }
        Set<Role> roles = currentConvention.roles();
        if (roles.stream().noneMatch(Role.CONVENTION_READERS::contains)) {
            add(partnerWelcome(conventions.ref(conventionId)));
            return;
        }
        ConventionOverview overview = conventions.overview(conventionId);
        H2 title = new H2(overview.title());
        title.setId("convention-title");
        add(title);
        if (overview.demo()) {
            Span demo = new Span(getTranslation("dashboard.demoData"));
            demo.getElement().getThemeList().add("badge contrast");
            add(demo);
        }
        objectivesSlot.add(new FieldObjectivesCard(objectives.byField(conventionId)));
        objectivesSlot.addClassName("ctg-card-wide");
        Div grid = new Div(
                new ConventionDatesCard(overview),
                new DueSoonCard(deadlineService.dueSoon(conventionId, LocalDate.now(clock), 60),
                        LocalDate.now(clock), currentUser.require().accountId()),
                new MyActionsCard(actions, conventionId, LocalDate.now(clock)),
                new PartiesCard(overview),
                objectivesSlot,
                new TerritoryPortraitCard(overview));
        grid.addClassName("ctg-card-grid");
        add(grid);
        this.liveConventionId = conventionId;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (liveConventionId != null) {
            subscription = UiCollaboration.subscribe(hub, event.getUI(), ObjectiveTopics.convention(liveConventionId),
                    ObjectiveChanged.class, e -> {
                        objectivesSlot.removeAll();
                        objectivesSlot.add(new FieldObjectivesCard(objectives.byField(liveConventionId)));
                    });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
    }

    private Component partnerWelcome(ConventionRef convention) {
        VerticalLayout welcome = new VerticalLayout(
                new H2(getTranslation("dashboard.partner.title")),
                new Paragraph(getTranslation("dashboard.partner.convention", convention.title())),
                new Paragraph(getTranslation("dashboard.partner.text")));
        welcome.setId("partner-welcome");
        welcome.setPadding(false);
        return welcome;
    }

    static H3 cardTitle(Component owner, String key) {
        return new H3(owner.getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

}
