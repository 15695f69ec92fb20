package fr.ctg.means.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.IncomingUploads;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.Uploads;
import fr.ctg.base.xlsx.XlsxWorkbook;
import fr.ctg.means.MeansCsvService;
import fr.ctg.means.MeansImportPreview;
import fr.ctg.means.MeansXlsxService;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Annexe 1 in CSV: the export, and the import in two steps like the indicators' (every row's outcome listed and
 * nothing written; then "Importer les lignes valides"). Beside the CSV, the same lines and their totals in Excel.
 */
class MeansCsvDialog extends Dialog {

    private final MeansCsvService csv;
    private final long conventionId;
    private final Runnable imported;
    private final Div previewSlot = new Div();
    private byte[] file;

    MeansCsvDialog(MeansCsvService csv, MeansXlsxService xlsx, long conventionId, boolean canImport, Runnable imported) {
        this.csv = csv;
        this.conventionId = conventionId;
        this.imported = imported;
        setId("means-csv-dialog");
        setHeaderTitle(getTranslation("means.csv.title"));
        setWidth("min(60rem, 96vw)");
        byte[] export = csv.export(conventionId, ';');
        Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                new ByteArrayInputStream(export), "annexe-1-moyens.csv", "text/csv;charset=UTF-8", export.length)),
                getTranslation("means.csv.download"));
        download.setId("means-csv-download");
        Locale locale = getLocale();
        Anchor excel = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = xlsx.export(conventionId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), MeansXlsxService.FILE_NAME,
                    XlsxWorkbook.CONTENT_TYPE, bytes.length);
        }), getTranslation("xlsx.export"));
        excel.setId("means-xlsx-download");
        add(new H4(getTranslation("indicator.csv.export")), new HorizontalLayout(download, excel));
        if (canImport) {
            add(new H4(getTranslation("indicator.csv.import")), new Paragraph(getTranslation("means.csv.importHelp")),
                    upload(), previewSlot);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(IncomingUploads.current().toIncomingFile(MeansCsvService.MAX_BYTES,
                (metadata, received) -> ui.access(() -> preview(IncomingUploads.take(received))), this::tooLarge));
        Uploads.translated(upload);
        upload.setId("means-csv-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MeansCsvService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        return upload;
    }

    private void tooLarge() {
        file = null;
        previewSlot.removeAll();
        Paragraph p = new Paragraph(getTranslation("indicator.csv.tooLarge", MeansCsvService.MAX_BYTES / (1024 * 1024)));
        p.setId("means-csv-summary");
        p.addClassName("ctg-error-text");
        previewSlot.add(p);
    }

    /** Checks the file and lists every row's outcome; nothing is written. */
    void preview(byte[] bytes) {
        file = bytes;
        previewSlot.removeAll();
        MeansImportPreview p = csv.preview(conventionId, bytes);
        Paragraph summary = new Paragraph();
        summary.setId("means-csv-summary");
        previewSlot.add(summary);
        if (p.fileRejected()) {
            summary.setText(getTranslation(p.fileErrorKey(), p.fileErrorArguments().toArray()));
            summary.addClassName("ctg-error-text");
            return;
        }
        summary.setText(getTranslation("means.csv.summary", p.rows().size(), p.writable(),
                p.count(MeansImportPreview.Outcome.UNCHANGED), p.count(MeansImportPreview.Outcome.ERROR)));
        Grid<MeansImportPreview.Row> rows = new Grid<>();
        rows.setId("means-csv-rows");
        rows.addColumn(MeansImportPreview.Row::line).setHeader(getTranslation("indicator.csv.line")).setWidth("6em")
                .setFlexGrow(0);
        rows.addColumn(MeansImportPreview.Row::summary).setHeader(getTranslation("means.csv.row")).setFlexGrow(3);
        rows.addColumn(r -> getTranslation(r.outcome().labelKey()) + (r.messageKey() == null ? ""
                : " — " + getTranslation(r.messageKey(), r.messageArguments().toArray())))
                .setHeader(getTranslation("indicator.csv.outcome")).setFlexGrow(4);
        rows.setItems(p.rows());
        rows.setHeight("20rem");
        previewSlot.add(rows);
        if (p.writable() > 0) {
            Button confirm = new Button(getTranslation("indicator.csv.confirm", p.writable()), e -> {
                try {
                    int written = csv.confirm(conventionId, file);
                    Notifications.success("indicator.csv.done", written);
                    previewSlot.removeAll();
                    imported.run();
                } catch (BusinessRuleException ex) {
                    summary.setText(Notifications.message(ex));
                }
            });
            confirm.setId("means-csv-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            previewSlot.add(confirm);
        }
    }
}
