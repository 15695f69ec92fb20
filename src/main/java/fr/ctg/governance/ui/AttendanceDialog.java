package fr.ctg.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.governance.AttendanceRow;
import fr.ctg.governance.AttendanceStatus;
import fr.ctg.governance.ConvocationService;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.governance.MeetingService;
import fr.ctg.security.MemberSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The attendance of a meeting: the convocations' answers and the quorum, then present, remote, excused or represented
 * (by whom) as the secretariat records it; then mark it held.
 */
class AttendanceDialog extends Dialog {

    private final MeetingService meetings;
    private final long meetingId;
    private final UnorderedList recorded = new UnorderedList();
    private final Map<Long, String> names;

    AttendanceDialog(MeetingService meetings, ConvocationService convocations, MeetingDetails meeting,
                     List<MemberSummary> members, Runnable onChange) {
        this.meetings = meetings;
        this.meetingId = meeting.id();
        this.names = members.stream().collect(Collectors.toMap(MemberSummary::accountId, MemberSummary::displayName,
                (a, b) -> a));
        List<MemberSummary> people = members.stream()
                .collect(Collectors.toMap(MemberSummary::accountId, m -> m, (a, b) -> a)).values().stream()
                .sorted(Comparator.comparing(MemberSummary::displayName)).toList();
        setId("attendance-dialog");
        setHeaderTitle(getTranslation("attendance.title", meeting.title()));
        ComboBox<MemberSummary> who = new ComboBox<>(getTranslation("attendance.member"), people);
        who.setId("attendance-member");
        who.setItemLabelGenerator(MemberSummary::displayName);
        RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>(getTranslation("attendance.status"));
        status.setId("attendance-status");
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        ComboBox<MemberSummary> proxy = new ComboBox<>(getTranslation("attendance.proxy"), people);
        proxy.setId("attendance-proxy");
        proxy.setItemLabelGenerator(MemberSummary::displayName);
        ConvocationTracking tracking = new ConvocationTracking(convocations, meeting, this::refresh);
        Paragraph error = new Paragraph();
        error.setId("attendance-error");
        error.addClassName("ctg-error-text");
        Button record = new Button(getTranslation("attendance.record"), e -> {
            try {
                meetings.recordAttendance(meetingId, who.getValue() == null ? -1 : who.getValue().accountId(),
                        status.getValue(), proxy.getValue() == null ? null : proxy.getValue().accountId());
                error.setText("");
                refresh();
                tracking.refresh();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        record.setId("attendance-record");
        recorded.setId("attendance-list");
        add(tracking, new FormLayout(who, status, proxy), record, error, recorded);
        Button held = new Button(getTranslation("attendance.held"), e -> {
            meetings.markHeld(meetingId);
            close();
            onChange.run();
        });
        held.setId("meeting-held");
        held.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), held);
        refresh();
    }

    private void refresh() {
        recorded.removeAll();
        for (AttendanceRow a : meetings.attendance(meetingId)) {
            String text = a.displayName() + " : " + getTranslation(a.status().labelKey())
                    + (a.proxyAccountId() == null ? "" : " " + getTranslation("attendance.by",
                    names.getOrDefault(a.proxyAccountId(), "?")));
            recorded.add(new ListItem(text));
        }
    }
}
