package fr.ctg.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.IncomingUploads;
import fr.ctg.base.ui.LanguageSelect;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.Uploads;
import fr.ctg.security.BulkInvitationPreview;
import fr.ctg.security.BulkInvitationService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Invitations from a CSV file, in two steps: the file is checked and each row's outcome listed with its line
 * (nothing sent); "Envoyer les invitations" sends those that are ready.
 */
class BulkInviteDialog extends Dialog {

    static final String EXAMPLE = "nom;e-mail;rôle;comité;groupes\r\n"
            + "Camille Martin;camille.martin@cc-exemple.fr;Secrétariat;Comité de pilotage (CC);\r\n"
            + "Jean Dupont;jean.dupont@caf.fr;Membre du comité de pilotage;Comité de pilotage (Caf);Petite enfance\r\n"
            + "Inès Moreau;ines.moreau@mairie-exemple.fr;Lecteur;;\r\n";

    private final MembersServices services;
    private final long conventionId;
    private final Runnable onSent;
    private final Div previewSlot = new Div();
    private final LanguageSelect language;
    private byte[] file;

    BulkInviteDialog(MembersServices services, long conventionId, Runnable onSent) {
        this.services = services;
        this.conventionId = conventionId;
        this.onSent = onSent;
        setId("bulk-dialog");
        setHeaderTitle(getTranslation("bulk.title"));
        setWidth("min(60rem, 96vw)");
        language = new LanguageSelect(getTranslation("bulk.language"));
        language.setId("bulk-language");
        Anchor example = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = ("\uFEFF" + EXAMPLE).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "invitations-exemple.csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("bulk.example"));
        example.setId("bulk-example");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(IncomingUploads.current().toIncomingFile(BulkInvitationService.MAX_BYTES,
                (metadata, received) -> ui.access(() -> preview(IncomingUploads.take(received))),
                () -> tooLarge()));
        Uploads.translated(upload);
        upload.setId("bulk-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(BulkInvitationService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        add(new Paragraph(getTranslation("bulk.help", BulkInvitationService.MAX_ROWS)), example, language, upload,
                previewSlot);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Checks the file and lists every row's outcome; nothing is sent. */
    /** A file past the limit: cut off on the server, nothing read into the preview. */
    private void tooLarge() {
        file = null;
        previewSlot.removeAll();
        Paragraph summary = new Paragraph(getTranslation("bulk.error.tooLarge",
                BulkInvitationService.MAX_BYTES / (1024 * 1024)));
        summary.setId("bulk-summary");
        summary.addClassName("ctg-error-text");
        previewSlot.add(summary);
    }

    void preview(byte[] bytes) {
        file = bytes;
        previewSlot.removeAll();
        BulkInvitationPreview p = services.bulk().preview(conventionId, bytes, language.getValue());
        Paragraph summary = new Paragraph();
        summary.setId("bulk-summary");
        previewSlot.add(summary);
        if (p.fileRejected()) {
            summary.setText(getTranslation(p.fileErrorKey(), p.fileErrorArguments().toArray()));
            summary.addClassName("ctg-error-text");
            return;
        }
        summary.setText(getTranslation("bulk.summary", p.rows().size(), p.ready(), p.rows().size() - p.ready()));
        Grid<BulkInvitationPreview.Row> rows = new Grid<>();
        rows.setId("bulk-rows");
        rows.addColumn(BulkInvitationPreview.Row::line).setHeader(getTranslation("bulk.col.line")).setWidth("6em")
                .setFlexGrow(0);
        rows.addColumn(BulkInvitationPreview.Row::name).setHeader(getTranslation("bulk.col.name"));
        rows.addColumn(BulkInvitationPreview.Row::email).setHeader(getTranslation("bulk.col.email"));
        rows.addColumn(r -> r.ready() ? r.invitation().roles().stream().sorted().map(x -> getTranslation(x.labelKey()))
                        .collect(Collectors.joining(", ")) : "").setHeader(getTranslation("bulk.col.role"));
        rows.addColumn(r -> r.ready() ? getTranslation("bulk.outcome.ready")
                        : getTranslation("bulk.outcome.error", getTranslation(r.errorKey(), r.errorArguments().toArray())))
                .setHeader(getTranslation("bulk.col.outcome")).setFlexGrow(3);
        rows.setItems(p.rows());
        rows.setHeight("18rem");
        previewSlot.add(rows);
        if (p.ready() > 0) {
            Button confirm = new Button(getTranslation("bulk.confirm", p.ready()), e -> {
                try {
                    int sent = services.bulk().confirm(conventionId, file, language.getValue());
                    Notifications.success("bulk.done", sent);
                    close();
                    onSent.run();
                } catch (BusinessRuleException ex) {
                    summary.setText(Notifications.message(ex));
                }
            });
            confirm.setId("bulk-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            previewSlot.add(confirm);
        }
    }
}
