package fr.ctg.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.actionplan.ActionPlanService;
import fr.ctg.actionplan.ActionSheetDetails;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;

/**
 * The action plan: each objective at the lowest level as a fiche action (target public, territory, partners,
 * schedule, budget, indicators), printable on one page; the editors write and publish them; associations read the
 * published ones.
 */
@Route("plan-d-action")
@Menu(order = 2.5, icon = "vaadin:clipboard-check", title = "nav.actionPlan")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER, Role.ASSOCIATION})
class ActionPlanView extends VerticalLayout implements HasDynamicTitle {

    private final ActionPlanService plan;
    private final IndicatorCatalogueService indicators;
    private final long conventionId;

    ActionPlanView(ActionPlanService plan, IndicatorCatalogueService indicators, CurrentConvention currentConvention) {
        this.plan = plan;
        this.indicators = indicators;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("actionPlan.title")));
        List<ActionSheetDetails> sheets = plan.plan(conventionId);
        if (sheets.isEmpty()) {
            add(new Paragraph(getTranslation("actionPlan.none")));
            return;
        }
        String field = null;
        for (ActionSheetDetails s : sheets) {
            if (!Objects.equals(field, s.fieldTitle())) {
                add(new H3(s.fieldTitle()));
                field = s.fieldTitle();
            }
            add(card(s));
        }
    }

    private Component card(ActionSheetDetails s) {
        Div card = new Div();
        card.addClassName("ctg-card");
        card.setId("action-sheet-" + s.objectiveId());
        card.add(new H4(s.title()));
        line(card, "actionSheet.field.targetPublic", s.sheet().targetPublic());
        line(card, "actionSheet.field.territory", s.sheet().territory());
        line(card, "actionSheet.field.partners", s.sheet().partners());
        line(card, "actionSheet.field.schedule", s.sheet().schedule());
        if (!s.sheet().budget().isEmpty()) {
            line(card, "actionSheet.field.budget", String.join(" ; ", s.sheet().budget().stream()
                    .map(b -> b.funder() + " : " + Formats.number(b.amount(), getLocale()) + " €").toList())
                    + " — " + getTranslation("actionSheet.total", Formats.number(s.budgetTotal(), getLocale())));
        }
        if (!s.indicatorNames().isEmpty()) {
            line(card, "actionSheet.field.indicators", String.join(", ", s.indicatorNames()));
        }
        Anchor pdf = new Anchor("/files/fiches-action/" + conventionId + "/" + s.objectiveId() + ".pdf",
                getTranslation("actionSheet.pdf"));
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("aria-label", getTranslation("actionSheet.pdfNamed", s.title()));
        HorizontalLayout actions = new HorizontalLayout(pdf);
        if (s.canEdit()) {
            Button edit = new Button(getTranslation("actionSheet.editShort"), e -> new ActionSheetDialog(plan, s,
                    indicators.catalogue(conventionId), this::refresh).open());
            edit.setId("action-sheet-edit-" + s.objectiveId());
            edit.getElement().setAttribute("aria-label", getTranslation("actionSheet.edit", s.title()));
            Checkbox published = new Checkbox(getTranslation("actionSheet.published"), s.published());
            published.setId("action-sheet-published-" + s.objectiveId());
            published.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        plan.publish(conventionId, s.objectiveId(), e.getValue());
                        Notifications.success(e.getValue() ? "actionSheet.publishedDone" : "actionSheet.withdrawn");
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex);
                    }
                }
            });
            actions.add(edit, published);
        }
        card.add(actions);
        return card;
    }

    private void line(Div card, String key, String value) {
        if (value != null && !value.isBlank()) {
            card.add(new Paragraph(getTranslation(key) + " : " + value));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actionPlan.title");
    }
}
