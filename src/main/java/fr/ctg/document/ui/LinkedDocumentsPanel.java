package fr.ctg.document.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.document.LinkTarget;

/** The deliberations and documents linked to something (an objective), and linking one more. */
@NamedInterface("linked-documents")
public class LinkedDocumentsPanel extends VerticalLayout {

    private final DocumentService documents;
    private final long conventionId;
    private final LinkTarget target;
    private final long targetId;
    private final Div list = new Div();

    public LinkedDocumentsPanel(DocumentService documents, long conventionId, LinkTarget target, long targetId,
                                boolean canLink) {
        this.documents = documents;
        this.conventionId = conventionId;
        this.target = target;
        this.targetId = targetId;
        setPadding(false);
        list.setId("linked-documents");
        add(new H4(getTranslation("document.linked")), list);
        if (canLink) {
            ComboBox<DocumentSummary> choice = new ComboBox<>(getTranslation("document.link.choose"));
            choice.setId("link-document-choice");
            choice.setItems(documents.search(conventionId, DocumentQuery.all()));
            choice.setItemLabelGenerator(d -> (d.number() == null ? "" : d.number() + " – ") + d.title());
            choice.setWidth("28rem");
            Button link = new Button(getTranslation("document.link"), e -> {
                if (choice.getValue() != null) {
                    try {
                        documents.link(choice.getValue().id(), target, targetId);
                        choice.clear();
                        refresh();
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex);
                    }
                }
            });
            link.setId("link-document");
            HorizontalLayout row = new HorizontalLayout(choice, link);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var linked = documents.linkedTo(conventionId, target, targetId);
        if (linked.isEmpty()) {
            list.add(new Paragraph(getTranslation("document.linked.none")));
        }
        for (DocumentSummary d : linked) {
            Div item = new Div(new Span((d.number() == null ? "" : d.number() + " – ") + d.title() + " "),
                    DocumentLinks.of(d.current()));
            item.addClassName("ctg-linked-document");
            list.add(item);
        }
    }
}
