package fr.ctg.objective.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.objective.FieldObjectives;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The shared objectives (Article 4), grouped by field of intervention; read-only for now. */
@Route("objectifs")
@Menu(order = 2, icon = "vaadin:bullseye", title = "nav.objectives")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
public class ObjectivesView extends VerticalLayout implements HasDynamicTitle {

    ObjectivesView(CurrentConvention currentConvention, ObjectiveService objectives) {
        addClassName("ctg-objectives");
        long conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        add(new H2(getTranslation("objectives.heading")));
        for (FieldObjectives field : objectives.byField(conventionId)) {
            H3 heading = new H3(field.field().position() + ". " + field.field().title());
            Grid<ObjectiveSummary> grid = new Grid<>();
            grid.addClassName("ctg-objective-grid");
            grid.setId("objectives-field-" + field.field().position());
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
            grid.setAllRowsVisible(true);
            grid.addColumn(ObjectiveSummary::title).setHeader(getTranslation("objectives.column.title"))
                    .setFlexGrow(4);
            grid.addComponentColumn(o -> {
                Span badge = new Span(getTranslation(o.status().labelKey()));
                badge.getElement().getThemeList().add("badge");
                return badge;
            }).setHeader(getTranslation("objectives.column.status")).setFlexGrow(1);
            grid.addComponentColumn(o -> {
                ProgressBar bar = new ProgressBar(0, 100, o.progress());
                bar.getElement().setAttribute("aria-label", getTranslation("objectives.progress.aria", o.progress()));
                Span text = new Span(o.progress() + " %");
                VerticalLayout cell = new VerticalLayout(text, bar);
                cell.setPadding(false);
                cell.setSpacing(false);
                return cell;
            }).setHeader(getTranslation("objectives.column.progress")).setFlexGrow(1);
            grid.addColumn(o -> o.thematicGroups().stream().map(ThematicGroupRef::name)
                    .collect(Collectors.joining(", "))).setHeader(getTranslation("objectives.column.groups"))
                    .setFlexGrow(2);
            grid.setItems(field.objectives());
            add(heading, grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objectives.title");
    }
}
