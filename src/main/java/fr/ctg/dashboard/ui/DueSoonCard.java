package fr.ctg.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ctg.base.i18n.Formats;
import fr.ctg.governance.DeadlineItem;
import fr.ctg.governance.ui.GovernanceNavigation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** "À venir / en retard": open deadlines that are overdue or due within 60 days; the person's own first. */
class DueSoonCard extends Div {

    DueSoonCard(List<DeadlineItem> due, LocalDate today, long myAccountId) {
        addClassName("ctg-card");
        setId("card-due");
        add(DashboardView.cardTitle(this, "dashboard.due.title"));
        if (due.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.due.none")));
        }
        UnorderedList list = new UnorderedList();
        due.stream().sorted(Comparator.comparing((DeadlineItem d) -> !isMine(d, myAccountId))
                .thenComparing(DeadlineItem::dueDate)).limit(8).forEach(d -> {
                    Span when = new Span(Formats.date(d.dueDate(), getLocale()) + " · ");
                    Span state = new Span(getTranslation(d.overdue(today) ? "calendar.overdue" : "dashboard.due.upcoming"));
                    state.getElement().getThemeList().add("badge");
                    ListItem item = new ListItem(when, state,
                            new Span(" " + getTranslation(d.kind().labelKey(), d.title())
                                    + (isMine(d, myAccountId) ? " " + getTranslation("dashboard.due.mine") : "")));
                    item.addClassName(d.overdue(today) ? "ctg-agenda-overdue" : "ctg-agenda-row");
                    list.add(item);
                });
        add(list, GovernanceNavigation.calendarLink(getTranslation("dashboard.due.all")));
    }

    private static boolean isMine(DeadlineItem d, long me) {
        return d.ownerAccountId() != null && d.ownerAccountId() == me;
    }
}
