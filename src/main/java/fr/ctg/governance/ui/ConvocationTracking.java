package fr.ctg.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.governance.ConvocationRow;
import fr.ctg.governance.ConvocationService;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.governance.MeetingStatus;
import fr.ctg.governance.QuorumSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * For the secretariat, in the attendance dialog: the quorum the answers give, who opened and who answered their
 * convocation (and how), and a reminder to those who have not answered.
 */
class ConvocationTracking extends Div {

    private final ConvocationService convocations;
    private final MeetingDetails meeting;
    private final Runnable onAnswersChanged;

    ConvocationTracking(ConvocationService convocations, MeetingDetails meeting, Runnable onAnswersChanged) {
        this.convocations = convocations;
        this.meeting = meeting;
        this.onAnswersChanged = onAnswersChanged;
        setId("convocation-tracking");
        refresh();
    }

    void refresh() {
        removeAll();
        QuorumSummary q = convocations.quorum(meeting.id());
        Paragraph quorum = new Paragraph(q.required()
                ? getTranslation("convocation.quorum.open", q.needed(), q.permanentMembers(), q.expected()) + " "
                + getTranslation(q.reached() ? "convocation.quorum.reached" : "convocation.quorum.missing")
                : getTranslation("convocation.quorum.none", q.expected(), q.permanentMembers()));
        quorum.setId("attendance-quorum");
        add(quorum);
        List<ConvocationRow> rows = convocations.tracking(meeting.id());
        if (rows.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("convocation-list");
        for (ConvocationRow r : rows) {
            list.add(new ListItem(getTranslation("convocation.tracking.row", r.displayName(), when(r.sentAt()),
                    r.openedAt() == null ? getTranslation("convocation.tracking.notOpened")
                            : getTranslation("convocation.tracking.opened", when(r.openedAt())),
                    r.answeredAt() == null ? getTranslation("convocation.tracking.noAnswer")
                            : getTranslation("convocation.tracking.answered", when(r.answeredAt()),
                            getTranslation(r.answer().labelKey()) + (r.proxyName() == null ? ""
                                    : " " + getTranslation("attendance.by", r.proxyName()))))));
        }
        add(new H4(getTranslation("convocation.tracking")), list);
        if (meeting.status() == MeetingStatus.CONVENED && rows.stream().anyMatch(r -> r.answeredAt() == null)) {
            Button remind = new Button(getTranslation("convocation.remind"), e -> {
                try {
                    Notifications.success("convocation.reminded", convocations.remind(meeting.id()));
                    refresh();
                    onAnswersChanged.run();
                } catch (BusinessRuleException ex) {
                    Notifications.error(ex);
                }
            });
            remind.setId("convocation-remind");
            add(remind);
        }
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(ZoneId.of(meeting.start().getZone().getId())));
    }
}
