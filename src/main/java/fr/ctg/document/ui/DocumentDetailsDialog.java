package fr.ctg.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ConventionText;
import fr.ctg.document.DocumentDetails;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentService;
import fr.ctg.document.VersionRow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/** A document's versions (who, when, size, SHA-256), a new version, and its publication to associations. */
class DocumentDetailsDialog extends Dialog {

    private final DocumentService documents;
    private final long documentId;
    private final Grid<VersionRow> versions = new Grid<>();

    DocumentDetailsDialog(DocumentService documents, long documentId, boolean canUpload, boolean canPublish,
                          List<ConventionText.AnnexItem> conventionAnnexes, Runnable onChange,
                          Optional<Component> discussion) {
        this.documents = documents;
        this.documentId = documentId;
        setId("document-details");
        setWidth("min(60rem, 95vw)");
        DocumentDetails d = documents.get(documentId);
        setHeaderTitle(d.summary().title());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        versions.setId("document-versions");
        versions.addColumn(VersionRow::number).setHeader(getTranslation("document.version")).setAutoWidth(true);
        versions.addComponentColumn(DocumentLinks::of).setHeader(getTranslation("document.file")).setFlexGrow(3);
        versions.addColumn(VersionRow::uploadedBy).setHeader(getTranslation("document.uploadedBy")).setAutoWidth(true);
        versions.addColumn(v -> when.format(v.uploadedAt())).setHeader(getTranslation("document.uploadedAt"))
                .setAutoWidth(true);
        versions.addColumn(v -> v.sha256().substring(0, 16) + "…").setHeader("SHA-256").setAutoWidth(true);
        versions.setAllRowsVisible(true);
        add(new H4(getTranslation("document.versions")), versions);
        refresh();
        if (canUpload) {
            FileDrop drop = new FileDrop(documents.maxBytes(),
                    documents.acceptedExtensions(d.summary().kind() == DocumentKind.DELIBERATION));
            UploadErrors errors = new UploadErrors();
            Button addVersion = new Button(getTranslation("document.addVersion"), e -> {
                if (drop.save(errors, file -> documents.addVersion(documentId, file))) {
                    refresh();
                    Notifications.success("document.versionAdded");
                    onChange.run();
                }
            });
            addVersion.setId("document-add-version");
            add(new H4(getTranslation("document.newVersion")), drop, addVersion, errors);
        }
        add(new AnnexLinks(documents, d, conventionAnnexes, canUpload, onChange));
        Checkbox published = new Checkbox(getTranslation("document.published"), d.summary().publishedToAssociations());
        published.setId("document-published");
        published.setReadOnly(!canPublish);
        published.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                documents.setPublishedToAssociations(documentId, e.getValue());
                onChange.run();
            }
        });
        add(published);
        if (d.summary().publicUrl() != null) {
            add(new Paragraph(new Anchor(d.summary().publicUrl(),
                    getTranslation("deliberation.publicAct"))));
        }
        discussion.ifPresent(panel -> add(new H4(getTranslation("discussion.title")), panel));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void refresh() {
        versions.setItems(documents.get(documentId).versions());
    }
}
