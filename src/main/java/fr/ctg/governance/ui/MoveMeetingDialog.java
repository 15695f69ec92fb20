package fr.ctg.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.MeetingDetails;

/** Moves a meeting; a COPIL's derived deadlines move with it and the people concerned are told. */
class MoveMeetingDialog extends Dialog {

    MoveMeetingDialog(MeetingService meetingService, MeetingDetails meeting, Runnable onMoved) {
        setId("move-dialog");
        setHeaderTitle(getTranslation("calendar.move.title", meeting.title()));
        DateTimePicker start = new DateTimePicker(getTranslation("calendar.start"), meeting.start().toLocalDateTime());
        start.setId("move-start");
        DateTimePicker end = new DateTimePicker(getTranslation("calendar.end"), meeting.end().toLocalDateTime());
        end.setId("move-end");
        Paragraph error = new Paragraph();
        error.setId("move-error");
        error.addClassName("ctg-error-text");
        add(new Paragraph(getTranslation("calendar.move.help")), new FormLayout(start, end), error);
        Button save = new Button(getTranslation("calendar.move"), e -> {
            try {
                meetingService.move(meeting.id(), start.getValue(), end.getValue(), meeting.start().getZone().getId());
                close();
                Notifications.success("calendar.moved");
                onMoved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
