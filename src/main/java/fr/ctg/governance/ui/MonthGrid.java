package fr.ctg.governance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A month as a table of weeks (Monday first); each day lists its meetings and deadlines. */
class MonthGrid extends Div {

    record Item(LocalDate day, String text, boolean overdue) {
    }

    MonthGrid(YearMonth month, List<Item> items, Locale locale) {
        setId("month-grid");
        addClassName("ctg-month");
        getElement().setAttribute("role", "table");
        getElement().setAttribute("aria-label", month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
                + " " + month.getYear());
        Div head = new Div();
        head.addClassName("ctg-month-row");
        head.getElement().setAttribute("role", "row");
        for (DayOfWeek d : DayOfWeek.values()) {
            Span h = new Span(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
            h.addClassName("ctg-month-head");
            h.getElement().setAttribute("role", "columnheader");
            head.add(h);
        }
        add(head);
        Map<LocalDate, List<Item>> byDay = items.stream().collect(Collectors.groupingBy(Item::day));
        LocalDate cursor = month.atDay(1).with(DayOfWeek.MONDAY);
        while (!cursor.isAfter(month.atEndOfMonth())) {
            Div week = new Div();
            week.addClassName("ctg-month-row");
            week.getElement().setAttribute("role", "row");
            for (int i = 0; i < 7; i++) {
                Div cell = new Div();
                cell.addClassName(cursor.getMonth() == month.getMonth() ? "ctg-month-day" : "ctg-month-other");
                cell.getElement().setAttribute("role", "cell");
                cell.add(new Span(String.valueOf(cursor.getDayOfMonth())));
                for (Item it : byDay.getOrDefault(cursor, List.of())) {
                    Div e = new Div(it.text());
                    e.addClassName(it.overdue() ? "ctg-month-overdue" : "ctg-month-item");
                    cell.add(e);
                }
                week.add(cell);
                cursor = cursor.plusDays(1);
            }
            add(week);
        }
    }
}
