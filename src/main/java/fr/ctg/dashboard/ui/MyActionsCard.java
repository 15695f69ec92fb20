package fr.ctg.dashboard.ui;

import fr.ctg.minutes.ui.MinutesNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.minutes.ActionItemService;
import fr.ctg.minutes.ActionItemRow;
import fr.ctg.minutes.ActionStatus;
import java.time.LocalDate;

/** "Mes actions": the open action items the person owns, from the minutes, marked done or dropped here. */
class MyActionsCard extends Div {

    private final ActionItemService actions;
    private final long conventionId;
    private final LocalDate today;

    MyActionsCard(ActionItemService actions, long conventionId, LocalDate today) {
        this.actions = actions;
        this.conventionId = conventionId;
        this.today = today;
        addClassName("ctg-card");
        setId("card-actions");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(DashboardView.cardTitle(this, "dashboard.actions.title"));
        var mine = actions.mine(conventionId);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.actions.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ActionItemRow a : mine) {
            Span when = new Span(Formats.date(a.dueDate(), getLocale()) + " · ");
            ListItem item = new ListItem(when, new Span(a.what() + " "),
                    MinutesNavigation.link(a.minutesTitle(), a.minutesId()));
            if (a.overdue(today)) {
                Span late = new Span(getTranslation("calendar.overdue"));
                late.getElement().getThemeList().add("badge error");
                item.addComponentAtIndex(1, late);
            }
            Button done = new Button(getTranslation("actionItem.markDone"), e -> close(a, ActionStatus.DONE));
            done.setId("action-done-" + a.id());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button drop = new Button(getTranslation("actionItem.drop"), e -> close(a, ActionStatus.DROPPED));
            drop.setId("action-drop-" + a.id());
            drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(done, drop);
            list.add(item);
        }
        add(list);
    }

    private void close(ActionItemRow a, ActionStatus status) {
        try {
            actions.setStatus(a.id(), status);
            Notifications.success(status == ActionStatus.DONE ? "actionItem.doneSaved" : "actionItem.dropped");
        } catch (BusinessRuleException ex) {
            Notifications.error(ex);
        }
        refresh();
    }
}
