package fr.ctg.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.ConventionOverview;
import java.util.Locale;

/** Article 10 on the dashboard: start, end, notice deadline, and the days left before each. */
class ConventionDatesCard extends Div {

    ConventionDatesCard(ConventionOverview o) {
        addClassName("ctg-card");
        setId("card-dates");
        Locale locale = getLocale();
        add(DashboardView.cardTitle(this, "dashboard.dates.title"));
        add(line("dashboard.dates.signedOn", o.signedOn() == null
                ? getTranslation("dashboard.dates.notRecorded") : Formats.date(o.signedOn(), locale)));
        add(line("dashboard.dates.start", Formats.date(o.startDate(), locale)));
        add(line("dashboard.dates.end", Formats.date(o.endDate(), locale)));
        add(line("dashboard.dates.renewal", getTranslation(o.renewal().labelKey())));
        add(line("dashboard.dates.notice", getTranslation("dashboard.dates.noticeValue", o.noticeMonths(),
                o.noticeForm() == null ? "" : o.noticeForm())));
        add(line("dashboard.dates.noticeDeadline", Formats.date(o.noticeDeadline(), locale)));
        Paragraph endLeft = countdown("dashboard.dates.daysToEnd", "dashboard.dates.ended", o.daysToEnd());
        endLeft.setId("days-to-end");
        Paragraph noticeLeft = countdown("dashboard.dates.daysToNotice", "dashboard.dates.noticePassed",
                o.daysToNoticeDeadline());
        noticeLeft.setId("days-to-notice");
        add(endLeft, noticeLeft);
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + " : ");
        label.addClassName("ctg-label");
        return new Paragraph(label, new Span(value));
    }

    private Paragraph countdown(String futureKey, String pastKey, long days) {
        Paragraph p = new Paragraph(days >= 0 ? getTranslation(futureKey, days) : getTranslation(pastKey, -days));
        p.addClassName(days >= 0 ? "ctg-countdown" : "ctg-countdown-past");
        return p;
    }
}
