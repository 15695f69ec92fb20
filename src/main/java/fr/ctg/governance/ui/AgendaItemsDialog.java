package fr.ctg.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.document.DocumentSummary;
import fr.ctg.governance.AgendaFollowUps;
import fr.ctg.governance.AgendaItemRow;
import fr.ctg.governance.AgendaService;
import fr.ctg.governance.MeetingDetails;
import fr.ctg.objective.ObjectiveSummary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A meeting's agenda; the secretariat adds items linked to objectives and documents. */
class AgendaItemsDialog extends Dialog {

    private final AgendaService agenda;
    private final long meetingId;
    private final OrderedList list = new OrderedList();
    private final Map<Long, String> objectiveTitles;
    private final Map<Long, String> documentTitles;
    private final Div followUps = new Div();
    private boolean canEdit;

    AgendaItemsDialog(AgendaService agenda, MeetingDetails meeting, boolean canEdit, List<ObjectiveSummary> objectives,
                      List<DocumentSummary> documents) {
        this.agenda = agenda;
        this.meetingId = meeting.id();
        this.objectiveTitles = objectives.stream().collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::title));
        this.documentTitles = documents.stream().collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
        setId("agenda-dialog");
        setHeaderTitle(getTranslation("agenda.title", meeting.title()));
        setWidth("min(48rem, 95vw)");
        list.setId("agenda-items");
        add(list);
        if (canEdit) {
            TextField title = new TextField(getTranslation("agenda.item"));
            title.setId("agenda-item-title");
            title.setMaxLength(300);
            TextField presenter = new TextField(getTranslation("agenda.presenter"));
            presenter.setId("agenda-item-presenter");
            MultiSelectComboBox<ObjectiveSummary> linkedObjectives = new MultiSelectComboBox<>(
                    getTranslation("agenda.objectives"), objectives);
            linkedObjectives.setItemLabelGenerator(ObjectiveSummary::title);
            MultiSelectComboBox<DocumentSummary> linkedDocuments = new MultiSelectComboBox<>(
                    getTranslation("agenda.documents"), documents);
            linkedDocuments.setItemLabelGenerator(DocumentSummary::title);
            Paragraph error = new Paragraph();
            error.setId("agenda-error");
            error.addClassName("ctg-error-text");
            Button add = new Button(getTranslation("agenda.add"), e -> {
                try {
                    agenda.add(meetingId, title.getValue(), presenter.getValue(),
                            linkedObjectives.getValue().stream().map(ObjectiveSummary::id).collect(Collectors.toSet()),
                            linkedDocuments.getValue().stream().map(DocumentSummary::id).collect(Collectors.toSet()));
                    title.clear();
                    presenter.clear();
                    linkedObjectives.clear();
                    linkedDocuments.clear();
                    error.setText("");
                    refresh();
                } catch (BusinessRuleException ex) {
                    error.setText(Notifications.message(ex));
                }
            });
            add.setId("agenda-item-add");
            add(new FormLayout(title, presenter, linkedObjectives, linkedDocuments), add, error);
            followUps.setId("agenda-follow-ups");
            add(followUps);
        }
        this.canEdit = canEdit;
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<AgendaItemRow> items = agenda.agenda(meetingId);
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("agenda.empty")));
        }
        for (AgendaItemRow i : items) {
            String links = Stream.concat(
                    i.objectiveIds().stream().map(id -> objectiveTitles.getOrDefault(id, "?")),
                    i.documentIds().stream().map(id -> documentTitles.getOrDefault(id, "?")))
                    .collect(Collectors.joining(" ; "));
            list.add(new ListItem(i.title() + (i.presenter() == null ? "" : " — " + i.presenter())
                    + (links.isEmpty() ? "" : " (" + links + ")")));
        }
        if (canEdit) {
            refreshFollowUps(items);
        }
    }

    /** Open actions of the committee, each addable to the agenda once ("Suivi : …"). */
    private void refreshFollowUps(List<AgendaItemRow> items) {
        followUps.removeAll();
        List<AgendaFollowUps.FollowUp> open = agenda.followUps(meetingId);
        if (open.isEmpty()) {
            return;
        }
        followUps.add(new H4(getTranslation("agenda.followUps")));
        int n = 0;
        for (var f : open) {
            String itemTitle = getTranslation("agenda.followUp.title", f.title());
            boolean already = items.stream().anyMatch(i -> i.title().equals(itemTitle));
            Div row = new Div(
                    new Span(f.title() + " — " + f.detail() + " "));
            if (already) {
                row.add(new Span(getTranslation("agenda.followUp.added")));
            } else {
                Button add = new Button(getTranslation("agenda.followUp.add"), e -> {
                    agenda.add(meetingId, itemTitle, null, f.objectiveIds(), Set.of());
                    refresh();
                });
                add.setId("agenda-follow-up-" + (++n));
                row.add(add);
            }
            followUps.add(row);
        }
    }
}
