package fr.ctg.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesDetails;
import fr.ctg.minutes.MinutesStatus;
import fr.ctg.minutes.ReadReceipt;
import java.time.LocalDate;

/** The workflow bar of the minutes: circulate, read receipts, approve, publish, PDF, errata. */
class MinutesWorkflow extends Div {

    private final MinutesUiServices services;
    private final MinutesDetails details;
    private final Runnable reload;
    private final Paragraph error = new Paragraph();

    MinutesWorkflow(MinutesUiServices services, MinutesDetails details, Runnable reload) {
        this.services = services;
        this.details = details;
        this.reload = reload;
        setId("minutes-workflow");
        error.setId("minutes-workflow-error");
        error.addClassName("ctg-error-text");
        var rights = details.rights();
        if (rights.startReview()) {
            DatePicker until = new DatePicker(getTranslation("minutes.review.untilLabel"));
            until.setId("minutes-review-date");
            until.setLocale(getLocale());
            until.setValue(LocalDate.now(services.clock()).plusDays(14));
            Button start = new Button(getTranslation("minutes.review.start"), e -> run(
                    () -> services.minutes().startReview(details.id(), until.getValue()), "minutes.review.started"));
            start.setId("minutes-start-review");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(row(until, start));
        }
        if (rights.receipts()) {
            add(receipts());
        }
        if (rights.approveAsChair()) {
            Button approve = new Button(getTranslation("minutes.approve"), e -> approve(null));
            approve.setId("minutes-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(approve);
        }
        if (rights.recordApproval()) {
            Select<MeetingDetails> at = new Select<>();
            at.setId("minutes-approval-meeting");
            at.setLabel(getTranslation("minutes.approve.atMeeting"));
            at.setItems(services.minutes().laterMeetings(details.id()));
            at.setItemLabelGenerator(m -> m.title() + " — " + Formats.date(m.start().toLocalDate(), getLocale()));
            Button record = new Button(getTranslation("minutes.approve.record"),
                    e -> approve(at.getValue() == null ? -1L : at.getValue().id()));
            record.setId("minutes-record-approval");
            add(row(at, record));
        }
        if (rights.publish()) {
            add(publishForm());
        }
        if (details.status() == MinutesStatus.PUBLISHED) {
            Anchor pdf = new Anchor("files/comptes-rendus/" + details.id() + ".pdf", getTranslation("minutes.pdf"));
            pdf.setId("minutes-pdf");
            pdf.setRouterIgnore(true);
            Span sha = new Span(getTranslation("minutes.pdf.sha",
                    services.minutes().pdfSha256(details.id(), getLocale())));
            sha.setId("minutes-sha");
            sha.addClassName("ctg-mono");
            add(new Paragraph(pdf), new Paragraph(sha),
                    new Paragraph(getTranslation("minutes.publishedTo", getTranslation(details.audience().labelKey()))
                            + (details.includeAssociations() ? " " + getTranslation("minutes.publishedAssociations") : "")));
        }
        if (details.approvedAt() != null) {
            Paragraph approved = new Paragraph(getTranslation("minutes.approvedBy", details.approvedByName(),
                    Formats.date(details.approvedAt().atZone(details.meetingStart().getZone()).toLocalDate(), getLocale())));
            approved.setId("minutes-approved");
            add(approved);
        }
        if (rights.erratum()) {
            TextArea text = new TextArea(getTranslation("minutes.erratum.new"));
            text.setId("minutes-erratum-text");
            text.setWidthFull();
            Button add = new Button(getTranslation("minutes.erratum.add"), e -> run(
                    () -> services.minutes().addErratum(details.id(), null, text.getValue()), "minutes.erratum.saved"));
            add.setId("minutes-erratum-add");
            add(text, add);
        }
        add(error);
    }

    private Div receipts() {
        Div box = new Div(new Span(getTranslation("minutes.receipts")));
        box.setId("minutes-receipts");
        UnorderedList list = new UnorderedList();
        for (ReadReceipt r : services.review().receipts(details.id())) {
            list.add(new ListItem(r.displayName() + " — " + (r.readAt() == null ? getTranslation("minutes.receipts.unread")
                    : getTranslation("minutes.receipts.read",
                    Formats.date(r.readAt().atZone(details.meetingStart().getZone()).toLocalDate(), getLocale())))));
        }
        box.add(list);
        return box;
    }

    private Div publishForm() {
        RadioButtonGroup<Audience> audience = new RadioButtonGroup<>(getTranslation("minutes.publish.audience"));
        audience.setId("minutes-audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        audience.setValue(Audience.COMMITTEE);
        Checkbox associations = new Checkbox(getTranslation("minutes.publish.associations"));
        associations.setId("minutes-associations");
        Button publish = new Button(getTranslation("minutes.publish"), e -> run(() -> services.minutes()
                .publish(details.id(), audience.getValue(), associations.getValue()), "minutes.published"));
        publish.setId("minutes-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(audience, associations, publish);
    }

    private void approve(Long atMeetingId) {
        Long at = atMeetingId != null && atMeetingId < 0 ? null : atMeetingId;
        if (atMeetingId != null && at == null) {
            error.setText(getTranslation("minutes.error.approvalMeeting"));
            return;
        }
        try {
            services.minutes().approve(details.id(), at, false);
            Notifications.success("minutes.approved");
            reload.run();
        } catch (BusinessRuleException ex) {
            if (!"minutes.error.openRemarks".equals(ex.getMessageKey())) {
                error.setText(Notifications.message(ex));
                return;
            }
            Dialog confirm = new Dialog();
            confirm.setId("minutes-confirm-approval");
            confirm.setHeaderTitle(getTranslation("minutes.approve.confirmTitle"));
            confirm.add(new Paragraph(Notifications.message(ex)));
            Button yes = new Button(getTranslation("minutes.approve.confirm"), e -> {
                confirm.close();
                run(() -> services.minutes().approve(details.id(), at, true), "minutes.approved");
            });
            yes.setId("minutes-confirm-approve");
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.getFooter().add(new Button(getTranslation("action.cancel"), e -> confirm.close()), yes);
            confirm.open();
        }
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(successKey);
            reload.run();
        } catch (BusinessRuleException ex) {
            error.setText(Notifications.message(ex));
        }
    }

    private static HorizontalLayout row(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
