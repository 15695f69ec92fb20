package fr.ctg.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.report.ReportFiles;
import fr.ctg.report.ReportKind;
import fr.ctg.report.ReportRequest;
import fr.ctg.report.ReportService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports page: choose the annual or final report and its period, build it (off the request thread, with a
 * progress bar), download the DOCX and the PDF/A, see what it says is missing, publish both to Documents.
 */
@Route("rapports")
@Menu(order = 7.8, icon = "vaadin:book-dollar", title = "nav.reports")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.EVALUATION_REFERENT})
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReportsView.class);

    private final ReportService reports;
    private final long conventionId;
    private final Select<ReportKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button build = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span step = new Span();
    private final Div result = new Div();
    CompletableFuture<ReportFiles> running;

    ReportsView(ReportService reports, CurrentConvention currentConvention, Clock clock) {
        this.reports = reports;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        add(new H2(getTranslation("report.view.title")), new Paragraph(getTranslation("report.view.intro")));
        kind.setId("report-kind");
        kind.setLabel(getTranslation("report.view.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ReportKind.ANNUAL);
        kind.setWidth("20em");
        from.setId("report-from");
        from.setLabel(getTranslation("report.view.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("report-to");
        to.setLabel(getTranslation("report.view.to"));
        to.setValue(today);
        build.setText(getTranslation("report.view.build"));
        build.setId("report-build");
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        build.addClickListener(e -> start());
        progress.setId("report-progress");
        progress.getElement().setAttribute("aria-labelledby", "report-step");
        progress.setVisible(false);
        step.setId("report-step");
        step.getElement().setAttribute("aria-live", "polite");
        result.setId("report-result");
        HorizontalLayout form = new HorizontalLayout(kind, from, to, build);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(form, progress, step, result);
    }

    private void start() {
        UI ui = UI.getCurrent();
        ReportRequest request = new ReportRequest(conventionId, kind.getValue(), from.getValue(), to.getValue());
        try {
            running = reports.buildInBackground(request, getLocale(), (done, total, key) -> {
                if (ui.isAttached()) {
                    ui.access(() -> {
                        progress.setValue(done / (double) total);
                        step.setText(getTranslation("report.view.building", getTranslation(key)));
                    });
                }
            });
        } catch (BusinessRuleException ex) {
            Notifications.error(ex);
            return;
        }
        build.setEnabled(false);
        result.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        step.setText(getTranslation("report.view.building", getTranslation("report.step.convention")));
        running.whenComplete((files, error) -> {
            if (error != null) {
                log.warn("Report {} of convention {} failed", request.kind(), conventionId, error);
            }
            if (!ui.isAttached()) {
                return;
            }
            ui.access(() -> finished(files, error));
        });
    }

    private void finished(ReportFiles files, Throwable error) {
        running = null;
        build.setEnabled(true);
        progress.setVisible(false);
        Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
        if (cause instanceof BusinessRuleException refusal) {
            step.setText(Notifications.message(refusal));
        } else if (error != null) {
            step.setText(getTranslation("report.view.failed"));
        } else {
            step.setText(getTranslation("report.view.built", files.title()));
            show(files);
        }
    }

    private void show(ReportFiles files) {
        Anchor docx = download(files.docx(), files.docxName(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "report.view.docx");
        docx.setId("report-docx");
        Anchor pdf = download(files.pdf(), files.pdfName(), "application/pdf", "report.view.pdf");
        pdf.setId("report-pdf");
        Button publish = new Button(getTranslation("report.view.publish"));
        publish.setId("report-publish");
        publish.setDisableOnClick(true);
        publish.addClickListener(e -> {
            try {
                reports.publish(files);
                Notifications.success("report.view.published");
            } catch (BusinessRuleException ex) {
                publish.setEnabled(true);
                Notifications.error(ex);
            }
        });
        HorizontalLayout actions = new HorizontalLayout(docx, pdf, publish);
        actions.setAlignItems(Alignment.BASELINE);
        result.add(actions, new Paragraph(getTranslation("report.view.sha", files.pdfSha256())));
        if (files.missing().isEmpty()) {
            result.add(new Paragraph(getTranslation("report.view.complete")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("report-missing");
            files.missing().forEach(m -> list.add(new ListItem(m)));
            result.add(new Paragraph(getTranslation("report.view.missing")), list);
        }
    }

    private Anchor download(byte[] bytes, String name, String type, String labelKey) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(bytes),
                name, type, bytes.length)), getTranslation(labelKey));
        a.getElement().setAttribute("download", true);
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.view.title");
    }
}
