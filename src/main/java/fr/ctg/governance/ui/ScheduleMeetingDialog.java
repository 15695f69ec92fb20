package fr.ctg.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.governance.CommitteeSummary;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import java.time.ZoneId;
import java.util.List;

/** Schedule a meeting of one of the convention's committees; a refusal keeps what was typed. */
class ScheduleMeetingDialog extends Dialog {

    ScheduleMeetingDialog(MeetingService meetingService, long conventionId, List<CommitteeSummary> committees,
                          Runnable onSaved) {
        setId("schedule-dialog");
        setHeaderTitle(getTranslation("calendar.schedule"));
        setWidth("min(44rem, 95vw)");
        Select<CommitteeSummary> committee = new Select<>();
        committee.setId("meeting-committee");
        committee.setLabel(getTranslation("calendar.committee"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(CommitteeSummary::name);
        TextField title = new TextField(getTranslation("calendar.meetingTitle"));
        title.setId("meeting-title");
        title.setMaxLength(300);
        DateTimePicker start = new DateTimePicker(getTranslation("calendar.start"));
        start.setId("meeting-start");
        DateTimePicker end = new DateTimePicker(getTranslation("calendar.end"));
        end.setId("meeting-end");
        ComboBox<String> zone = new ComboBox<>(getTranslation("calendar.timeZone"));
        zone.setId("meeting-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("Europe/") || z.startsWith("America/")
                || z.startsWith("Indian/") || z.startsWith("Pacific/")).sorted().toList());
        zone.setAllowCustomValue(true);
        zone.addCustomValueSetListener(e -> zone.setValue(e.getDetail()));
        zone.setValue("Europe/Paris");
        TextField place = new TextField(getTranslation("calendar.place"));
        place.setId("meeting-place");
        TextField video = new TextField(getTranslation("calendar.video"));
        video.setId("meeting-video");
        Paragraph error = new Paragraph();
        error.setId("schedule-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        add(new FormLayout(committee, title, start, end, zone, place, video), error);
        Button save = new Button(getTranslation("calendar.scheduleConfirm"), e -> {
            try {
                meetingService.schedule(conventionId, new NewMeeting(committee.getValue() == null ? -1 : committee.getValue().id(),
                        title.getValue(), start.getValue(), end.getValue(), zone.getValue(), place.getValue(),
                        video.getValue()));
                close();
                Notifications.success("calendar.scheduled");
                onSaved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
