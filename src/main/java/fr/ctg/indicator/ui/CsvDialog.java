package fr.ctg.indicator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.IncomingUploads;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.Uploads;
import fr.ctg.indicator.ImportPreview;
import fr.ctg.indicator.IndicatorCsvService;
import fr.ctg.indicator.IndicatorSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * CSV export of a selection, and import in two steps: the file is checked and every row's outcome listed (nothing
 * written); "Importer les lignes valides" writes them after the person has read the list.
 */
class CsvDialog extends Dialog {

    private final IndicatorUiServices services;
    private final long conventionId;
    private final Runnable imported;
    private final Div exportSlot = new Div();
    private final Div previewSlot = new Div();
    private byte[] file;

    CsvDialog(IndicatorUiServices services, long conventionId, Runnable imported) {
        this.services = services;
        this.conventionId = conventionId;
        this.imported = imported;
        setId("csv-dialog");
        setHeaderTitle(getTranslation("indicator.csv.title"));
        setWidth("min(60rem, 96vw)");
        add(new H4(getTranslation("indicator.csv.export")), exportForm(), new H4(getTranslation("indicator.csv.import")),
                new Paragraph(getTranslation("indicator.csv.importHelp")), upload(), previewSlot);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Div exportForm() {
        MultiSelectComboBox<IndicatorSummary> chosen = new MultiSelectComboBox<>(getTranslation("indicator.csv.which"),
                services.catalogue().catalogue(conventionId));
        chosen.setId("csv-indicators");
        chosen.setItemLabelGenerator(IndicatorSummary::name);
        chosen.setHelperText(getTranslation("indicator.csv.whichHelp"));
        IntegerField from = new IntegerField(getTranslation("indicator.csv.from"));
        from.setId("csv-from");
        IntegerField to = new IntegerField(getTranslation("indicator.csv.to"));
        to.setId("csv-to");
        RadioButtonGroup<Character> separator = new RadioButtonGroup<>(getTranslation("indicator.csv.separator"));
        separator.setId("csv-separator");
        separator.setItems(';', ',');
        separator.setItemLabelGenerator(c -> getTranslation(c == ';' ? "indicator.csv.semicolon" : "indicator.csv.comma"));
        separator.setValue(';');
        Button prepare = new Button(getTranslation("indicator.csv.prepare"), e -> {
            byte[] csv = services.csv().export(conventionId, chosen.getValue().isEmpty() ? null
                            : chosen.getValue().stream().map(IndicatorSummary::id).collect(Collectors.toSet()),
                    from.getValue(), to.getValue(), separator.getValue());
            long lines = new String(csv, StandardCharsets.UTF_8).lines().count() - 1;
            exportSlot.removeAll();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                    new ByteArrayInputStream(csv), "indicateurs.csv", "text/csv;charset=UTF-8", csv.length)),
                    getTranslation("indicator.csv.download", lines));
            download.setId("csv-download");
            exportSlot.add(download);
        });
        prepare.setId("csv-prepare");
        exportSlot.setId("csv-export-ready");
        HorizontalLayout row = new HorizontalLayout(from, to, separator);
        return new Div(chosen, row, prepare, exportSlot);
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(IncomingUploads.current().toIncomingFile(
                IndicatorCsvService.MAX_BYTES,
                (metadata, received) -> ui.access(() -> preview(IncomingUploads.take(received))),
                () -> tooLarge()));
        Uploads.translated(upload);
        upload.setId("csv-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(IndicatorCsvService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        return upload;
    }

    /** A file past the limit: cut off on the server, nothing read into the preview. */
    private void tooLarge() {
        file = null;
        previewSlot.removeAll();
        Paragraph summary = new Paragraph(getTranslation("indicator.csv.tooLarge",
                IndicatorCsvService.MAX_BYTES / (1024 * 1024)));
        summary.setId("csv-summary");
        summary.addClassName("ctg-error-text");
        previewSlot.add(summary);
    }

    /** Checks the file and lists every row's outcome; nothing is written. */
    void preview(byte[] bytes) {
        file = bytes;
        previewSlot.removeAll();
        ImportPreview p = services.csv().preview(conventionId, bytes);
        Paragraph summary = new Paragraph();
        summary.setId("csv-summary");
        previewSlot.add(summary);
        if (p.fileRejected()) {
            summary.setText(getTranslation(p.fileErrorKey(), p.fileErrorArguments().toArray()));
            summary.addClassName("ctg-error-text");
            return;
        }
        summary.setText(getTranslation("indicator.csv.summary", p.rows().size(), p.writable(),
                p.count(ImportPreview.Outcome.UNCHANGED), p.count(ImportPreview.Outcome.SKIPPED),
                p.count(ImportPreview.Outcome.ERROR)));
        Grid<ImportPreview.Row> rows = new Grid<>();
        rows.setId("csv-rows");
        rows.addColumn(ImportPreview.Row::line).setHeader(getTranslation("indicator.csv.line")).setWidth("6em").setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::code).setHeader(getTranslation("indicator.form.code"));
        rows.addColumn(ImportPreview.Row::period).setHeader(getTranslation("indicator.col.period"));
        rows.addColumn(r -> r.value() == null ? "" : r.value().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("indicator.col.value"));
        rows.addColumn(r -> getTranslation(r.outcome().labelKey())
                + (r.messageKey() == null ? "" : " — " + getTranslation(r.messageKey(), r.messageArguments().toArray())))
                .setHeader(getTranslation("indicator.csv.outcome")).setFlexGrow(4);
        rows.setItems(p.rows());
        rows.setHeight("20rem");
        previewSlot.add(rows);
        if (p.writable() > 0) {
            Button confirm = new Button(getTranslation("indicator.csv.confirm", p.writable()), e -> {
                try {
                    int written = services.csv().confirm(conventionId, file);
                    Notifications.success("indicator.csv.done", written);
                    previewSlot.removeAll();
                    imported.run();
                } catch (BusinessRuleException ex) {
                    summary.setText(Notifications.message(ex));
                }
            });
            confirm.setId("csv-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            previewSlot.add(confirm);
        }
    }
}
