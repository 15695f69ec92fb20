package fr.ctg.minutes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.minutes.MinutesDetails;
import fr.ctg.minutes.MinutesStatus;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;

/**
 * One compte rendu at its stable address. The secretariat writes it (Markdown with preview), circulates it,
 * publishes it; attendees read it and leave remarks while it is circulated; the chair approves it; the
 * audience reads the published text and downloads the PDF. What is shown follows what the service allows.
 */
@Route("comptes-rendus/:minutesId([0-9]+)")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER, Role.ASSOCIATION})
class MinutesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MinutesUiServices services;
    private final CurrentConvention currentConvention;
    private long minutesId;
    private MinutesDetails details;

    MinutesView(MinutesUiServices services, CurrentConvention currentConvention) {
        this.services = services;
        this.currentConvention = currentConvention;
        setId("minutes-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        minutesId = event.getRouteParameters().getLong("minutesId").orElseThrow();
        details = services.minutes().details(minutesId);
        if (currentConvention.id().filter(id -> id == details.conventionId()).isEmpty()) {
            currentConvention.select(details.conventionId());
        }
        services.review().markRead(minutesId);
        render();
    }

    /** Reads the minutes again and redraws the page. */
    void reload() {
        details = services.minutes().details(minutesId);
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(details.title());
        title.setId("minutes-title");
        Span status = new Span(getTranslation(details.status().labelKey()));
        status.setId("minutes-status");
        status.getElement().getThemeList().add(details.status() == MinutesStatus.PUBLISHED ? "badge success" : "badge");
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        Paragraph meeting = new Paragraph(details.committeeName() + " — "
                + Formats.date(details.meetingStart().toLocalDate(), getLocale()) + " " + hm.format(details.meetingStart())
                + (details.meetingPlace() == null ? "" : " — " + details.meetingPlace()));
        add(title, status, meeting, new MinutesWorkflow(services, details, this::reload), attendance());
        if (details.status() == MinutesStatus.IN_REVIEW) {
            Paragraph review = new Paragraph(getTranslation("minutes.review.until",
                    Formats.date(details.reviewUntil(), getLocale())));
            review.setId("minutes-review-until");
            add(review);
        }
        LinkTitles links = LinkTitles.of(services, details.conventionId());
        for (MinutesDetails.SectionItem s : details.sections()) {
            add(new SectionPanel(services, details, s, links, this::reload));
        }
        if (details.rights().edit()) {
            add(SectionPanel.addSectionForm(services, minutesId, this::reload));
        }
        if (!details.errata().isEmpty()) {
            add(errata());
        }
    }

    private Div attendance() {
        Div box = new Div(new H3(getTranslation("minutes.attendance")));
        box.setId("minutes-attendance");
        if (details.attendees().isEmpty()) {
            box.add(new Paragraph(getTranslation("minutes.attendance.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (MinutesDetails.AttendeeRow a : details.attendees()) {
            String line = a.displayName() + " — " + getTranslation(a.status().labelKey())
                    + (a.proxyName() == null ? "" : " " + getTranslation("minutes.attendance.proxy", a.proxyName()));
            list.add(new ListItem(line));
        }
        box.add(list);
        return box;
    }

    private Div errata() {
        Div box = new Div(new H3(getTranslation("minutes.errata")));
        box.setId("minutes-errata");
        for (MinutesDetails.ErratumItem e : details.errata()) {
            Div item = new Div();
            item.addClassName("ctg-erratum");
            item.add(new Paragraph(getTranslation("minutes.erratum.by", e.authorName(),
                    Formats.date(e.createdAt().atZone(details.meetingStart().getZone()).toLocalDate(), getLocale()))));
            item.add(Markdown.html(e.body()));
            box.add(item);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("minutes.list.title") : details.title();
    }
}
