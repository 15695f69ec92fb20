package fr.ctg.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ConventionText;
import fr.ctg.document.DocumentDetails;
import fr.ctg.document.DocumentService;
import fr.ctg.document.LinkTarget;
import java.util.List;
import java.util.stream.Collectors;

/** Which annexes of the convention a document belongs to, and linking it to one more. */
class AnnexLinks extends VerticalLayout {

    AnnexLinks(DocumentService documents, DocumentDetails d, List<ConventionText.AnnexItem> annexes, boolean canLink,
               Runnable onChange) {
        setPadding(false);
        Paragraph current = new Paragraph();
        current.setId("document-annexes");
        Runnable show = () -> current.setText(describe(documents.get(d.summary().id()), annexes));
        show.run();
        add(new H4(getTranslation("document.annexes")), current);
        if (canLink && !annexes.isEmpty()) {
            Select<ConventionText.AnnexItem> annex = new Select<>();
            annex.setId("document-annex-choice");
            annex.setLabel(getTranslation("document.annex.choose"));
            annex.setItems(annexes);
            annex.setItemLabelGenerator(a -> getTranslation("convention.annex.heading", a.number(), a.title()));
            Button link = new Button(getTranslation("document.link"), e -> {
                if (annex.getValue() != null) {
                    try {
                        documents.link(d.summary().id(), LinkTarget.ANNEX, annex.getValue().number());
                        show.run();
                        onChange.run();
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex);
                    }
                }
            });
            link.setId("document-annex-link");
            HorizontalLayout row = new HorizontalLayout(annex, link);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
    }

    private String describe(DocumentDetails d, List<ConventionText.AnnexItem> annexes) {
        String linked = d.links().stream().filter(l -> l.target() == LinkTarget.ANNEX)
                .map(l -> annexes.stream().filter(a -> a.number() == l.targetId()).findFirst()
                        .map(a -> getTranslation("convention.annex.heading", a.number(), a.title()))
                        .orElse("#" + l.targetId()))
                .collect(Collectors.joining(" ; "));
        return linked.isEmpty() ? getTranslation("document.annexes.none") : linked;
    }
}
