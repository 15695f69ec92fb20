package fr.ctg.objective.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.PhoneCards;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.UiCollaboration;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.objective.FieldObjectives;
import fr.ctg.objective.ObjectiveChanged;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.objective.ObjectiveTopics;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The shared objectives (Article 4), grouped by field of intervention with each field's weighted
 * progress; sub-objectives follow their parent. Saves made elsewhere appear without reload.
 */
@Route("objectifs")
@Menu(order = 2, icon = "vaadin:bullseye", title = "nav.objectives")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
public class ObjectivesView extends VerticalLayout implements HasDynamicTitle {

    private final ObjectiveService objectives;
    private final CollaborationHub hub;
    private final long conventionId;
    private final VerticalLayout fields = new VerticalLayout();
    private Registration subscription;

    ObjectivesView(CurrentConvention currentConvention, ObjectiveService objectives, ConventionService conventions,
                   CollaborationHub hub) {
        this.objectives = objectives;
        this.hub = hub;
        addClassName("ctg-objectives");
        conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("objectives.heading")));
        header.setAlignItems(Alignment.BASELINE);
        if (currentConvention.roles().stream().anyMatch(ObjectiveService.EDITORS::contains)) {
            Button create = new Button(getTranslation("objectives.create"),
                    e -> new NewObjectiveDialog(objectives, conventions.fields(conventionId), conventionId).open());
            create.setId("objective-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        fields.setPadding(false);
        add(header, fields);
        refresh();
    }

    private void refresh() {
        fields.removeAll();
        for (FieldObjectives field : objectives.byField(conventionId)) {
            H3 heading = new H3(field.field().position() + ". " + field.field().title());
            Span rollUp = new Span(field.rolledUpProgress() == null ? getTranslation("objectives.field.empty")
                    : getTranslation("objectives.field.progress", field.rolledUpProgress()));
            rollUp.setId("field-progress-" + field.field().position());
            fields.add(heading, rollUp, grid(field));
        }
    }

    private Grid<ObjectiveSummary> grid(FieldObjectives field) {
        Grid<ObjectiveSummary> grid = new Grid<>();
        grid.addClassName("ctg-objective-grid");
        grid.setId("objectives-field-" + field.field().position());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(o -> {
            RouterLink link = new RouterLink((o.parentId() == null ? "" : "↳ ") + o.title(), ObjectiveEditorView.class,
                    new RouteParameters("objectiveId", String.valueOf(o.id())));
            link.addClassName(o.parentId() == null ? "ctg-objective-link" : "ctg-subobjective-link");
            return link;
        }).setHeader(getTranslation("objectives.column.title")).setFlexGrow(4).setKey("title");
        grid.addComponentColumn(o -> {
            Span badge = new Span(getTranslation(o.status().labelKey()));
            badge.getElement().getThemeList().add("badge");
            return badge;
        }).setHeader(getTranslation("objectives.column.status")).setFlexGrow(1);
        grid.addComponentColumn(o -> {
            ProgressBar bar = new ProgressBar(0, 100, o.effectiveProgress());
            bar.getElement().setAttribute("aria-label", getTranslation("objectives.progress.aria", o.effectiveProgress()));
            VerticalLayout cell = new VerticalLayout(new Span(o.effectiveProgress() + " %"), bar);
            cell.setPadding(false);
            cell.setSpacing(false);
            return cell;
        }).setHeader(getTranslation("objectives.column.progress")).setFlexGrow(1);
        grid.addColumn(o -> o.thematicGroups().stream().map(ThematicGroupRef::name)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("objectives.column.groups")).setFlexGrow(2);
        PhoneCards.apply(grid, getTranslation("objectives.column.title"), o -> PhoneCards.card(
                new RouterLink((o.parentId() == null ? "" : "↳ ") + o.title(), ObjectiveEditorView.class,
                        new RouteParameters("objectiveId", String.valueOf(o.id()))),
                getTranslation(o.status().labelKey()) + " · " + o.effectiveProgress() + " %",
                o.thematicGroups().stream().map(ThematicGroupRef::name).collect(Collectors.joining(", "))));
        grid.setItems(field.objectives());
        return grid;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription = UiCollaboration.subscribe(hub, event.getUI(), ObjectiveTopics.convention(conventionId),
                ObjectiveChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objectives.title");
    }
}
