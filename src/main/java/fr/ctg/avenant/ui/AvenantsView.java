package fr.ctg.avenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.avenant.AvenantService;
import fr.ctg.avenant.AvenantSummary;
import fr.ctg.avenant.ChangeTexts;
import fr.ctg.avenant.ConventionChange;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;

/**
 * The convention's avenants by number, every modification made since the last signature (computed from the
 * history), and "Préparer un avenant". A convention signed outside the portal first records its signed state.
 */
@Route("avenants")
@Menu(order = 1.5, icon = "vaadin:file-add", title = "nav.avenants")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class AvenantsView extends VerticalLayout implements HasDynamicTitle {

    private final AvenantService avenants;
    private final ChangeTexts texts;
    private final long conventionId;
    private final boolean edit;
    private final boolean keepSignature;

    AvenantsView(AvenantService avenants, ChangeTexts texts, CurrentConvention currentConvention) {
        this.avenants = avenants;
        this.texts = texts;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        this.edit = currentConvention.roles().stream().anyMatch(Role.CONVENTION_EDITORS::contains);
        this.keepSignature = currentConvention.roles().stream().anyMatch(Role.CONVENTION_KEEPERS::contains);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("avenants.title")));
        if (!avenants.hasBaseline(conventionId)) {
            add(new Paragraph(getTranslation("avenants.noBaseline")));
            if (keepSignature) {
                Button record = new Button(getTranslation("avenants.recordSigned"), e -> act(() ->
                        avenants.recordSignedState(conventionId)));
                record.setId("avenants-record-signed");
                add(record);
            }
            return;
        }
        List<AvenantSummary> list = avenants.list(conventionId);
        Grid<AvenantSummary> grid = new Grid<>();
        grid.setId("avenants-grid");
        grid.addComponentColumn(a -> {
            RouterLink link = new RouterLink(a.title(), AvenantView.class,
                    new RouteParameters("avenantId", String.valueOf(a.id())));
            link.setId("avenant-link-" + a.number());
            return link;
        }).setHeader(getTranslation("avenants.column.title")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.status().labelKey())).setHeader(getTranslation("avenants.column.status"));
        grid.addColumn(AvenantSummary::changeCount).setHeader(getTranslation("avenants.column.changes"));
        grid.addColumn(a -> a.signedOn() == null ? "" : Formats.date(a.signedOn(), getLocale()))
                .setHeader(getTranslation("avenants.column.signedOn"));
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("avenants.none")));
        } else {
            add(grid);
        }
        if (edit) {
            Button prepare = new Button(getTranslation("avenants.prepare"), e -> {
                try {
                    long id = avenants.prepare(conventionId);
                    getUI().ifPresent(ui -> ui.navigate(AvenantView.class,
                            new RouteParameters("avenantId", String.valueOf(id))));
                } catch (BusinessRuleException ex) {
                    Notifications.error(ex);
                }
            });
            prepare.setId("avenants-prepare");
            prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(prepare);
        }
        add(modifications());
    }

    private Div modifications() {
        Div box = new Div();
        box.setId("avenants-modifications");
        List<ConventionChange> changes = avenants.modificationsSinceSignature(conventionId);
        box.add(new H3(getTranslation("avenants.modifications", changes.size())));
        String group = null;
        for (ConventionChange c : changes) {
            String heading = texts.heading(getLocale(), c.group(), c.number());
            if (!Objects.equals(group, heading)) {
                box.add(new Paragraph(new Span(heading)));
                group = heading;
            }
            Div row = new Div(new Span(getTranslation(c.kind().labelKey()) + " : " + c.subject()),
                    ChangeRendering.change(texts, getLocale(), c));
            row.addClassName("ctg-card");
            box.add(row);
        }
        return box;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("avenants.title");
    }
}
