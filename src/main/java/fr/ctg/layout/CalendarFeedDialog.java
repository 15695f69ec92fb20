package fr.ctg.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.ctg.governance.CalendarFeedService;

/** The person's secret iCal address: create (or replace) it, copy it into Outlook/Thunderbird, revoke it. */
class CalendarFeedDialog extends Dialog {

    CalendarFeedDialog(CalendarFeedService feeds) {
        setId("ical-dialog");
        setHeaderTitle(getTranslation("ical.title"));
        setWidth("min(40rem, 95vw)");
        TextField url = new TextField(getTranslation("ical.url"));
        url.setId("ical-url");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        Paragraph status = new Paragraph(getTranslation("ical.help"));
        status.setId("ical-status");
        Button issue = new Button(getTranslation("ical.issue"), e -> {
            url.setValue(base() + "ical/" + feeds.issueToken() + ".ics");
            url.setVisible(true);
            status.setText(getTranslation("ical.issued"));
        });
        issue.setId("ical-issue");
        Button revoke = new Button(getTranslation("ical.revoke"), e -> {
            feeds.revoke();
            url.clear();
            url.setVisible(false);
            status.setText(getTranslation("ical.revoked"));
        });
        revoke.setId("ical-revoke");
        add(status, url);
        getFooter().add(revoke, issue, new Button(getTranslation("action.close"), e -> close()));
    }

    private static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var r = request.getHttpServletRequest();
        String port = (r.getServerPort() == 80 || r.getServerPort() == 443) ? "" : ":" + r.getServerPort();
        return r.getScheme() + "://" + r.getServerName() + port + r.getContextPath() + "/";
    }
}
