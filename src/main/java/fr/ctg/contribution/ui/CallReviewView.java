package fr.ctg.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.xlsx.XlsxWorkbook;
import fr.ctg.contribution.CallDetails;
import fr.ctg.contribution.ReviewStatus;
import fr.ctg.contribution.SubmissionDetails;
import fr.ctg.contribution.SubmissionStatus;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The answers to a call, per organisation (with the follow-up given and a short answer the contributor reads) and
 * per question across organisations; all answers as CSV, as an Excel workbook or as a PDF summary.
 */
@Route("contributions/:callId([0-9]+)/reponses")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT})
class CallReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContributionUiServices services;
    private CallDetails call;
    private final Div byOrganisation = new Div();
    private final Div byQuestion = new Div();

    CallReviewView(ContributionUiServices services) {
        this.services = services;
        setId("call-review");
        byOrganisation.setId("review-submissions");
        byQuestion.setId("review-by-question");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        call = services.calls().call(event.getRouteParameters().getLong("callId").orElseThrow());
        removeAll();
        long id = call.id();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = services.review().csv(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "contributions-" + id + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("contribution.review.csv"));
        csv.setId("review-csv");
        Locale locale = getLocale();
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = services.review().answersXlsx(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "contributions-" + id + ".xlsx",
                    XlsxWorkbook.CONTENT_TYPE, bytes.length);
        }), getTranslation("xlsx.export"));
        xlsx.setId("review-xlsx");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = services.review().pdf(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "contributions-" + id + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("contribution.review.pdf"));
        pdf.setId("review-pdf");
        Select<Integer> question = new Select<>();
        question.setId("review-question");
        question.setLabel(getTranslation("contribution.review.question"));
        question.setItems(IntStream.range(0, call.questions().size()).boxed().toList());
        question.setItemLabelGenerator(k -> (k + 1) + ". " + call.questions().get(k).label());
        question.addValueChangeListener(e -> showQuestion(e.getValue()));
        add(new H2(call.title()), new HorizontalLayout(csv, xlsx, pdf), new H3(getTranslation("contribution.review.byOrganisation")),
                byOrganisation, new H3(getTranslation("contribution.review.byQuestion")), question, byQuestion);
        refresh();
    }

    private void refresh() {
        byOrganisation.removeAll();
        var list = services.review().submissions(call.id());
        if (list.isEmpty()) {
            byOrganisation.add(new Paragraph(getTranslation("contribution.review.none")));
        }
        for (SubmissionDetails s : list) {
            Div box = new Div(new H4(s.organisationName() + " — " + getTranslation(s.status().labelKey())
                    + (s.reference() == null ? "" : " — " + s.reference())));
            box.setId("submission-" + s.id());
            box.addClassName("ctg-card");
            UnorderedList answers = new UnorderedList();
            for (int k = 0; k < call.questions().size(); k++) {
                String answer = s.answers().getOrDefault(k, "—");
                ListItem item = new ListItem((k + 1) + ". " + call.questions().get(k).label() + " : ");
                Long document = s.files().get(k); // a typed reference, never read out of the text
                if (document != null) {
                    var version = services.documents().get(document).summary().current();
                    Anchor file = new Anchor("files/" + version.id(), answer);
                    file.setRouterIgnore(true);
                    item.add(file);
                } else {
                    item.add(answer);
                }
                answers.add(item);
            }
            box.add(answers);
            if (s.status() == SubmissionStatus.SUBMITTED) {
                Select<ReviewStatus> status = new Select<>();
                status.setId("review-status-" + s.id());
                status.setLabel(getTranslation("contribution.review.status"));
                status.setItems(ReviewStatus.values());
                status.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
                status.setValue(s.reviewStatus());
                TextField answer = new TextField(getTranslation("contribution.review.answer"));
                answer.setId("review-answer-" + s.id());
                answer.setWidth("28rem");
                answer.setValue(s.reviewAnswer() == null ? "" : s.reviewAnswer());
                Paragraph error = new Paragraph();
                error.addClassName("ctg-error-text");
                Button save = new Button(getTranslation("action.save"), e -> {
                    try {
                        services.review().review(s.id(), status.getValue(), answer.getValue());
                        Notifications.success("contribution.review.saved");
                        refresh();
                    } catch (BusinessRuleException ex) {
                        error.setText(Notifications.message(ex));
                    }
                });
                save.setId("review-save-" + s.id());
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                HorizontalLayout row = new HorizontalLayout(status, answer, save);
                row.setAlignItems(Alignment.BASELINE);
                box.add(row, error);
            }
            byOrganisation.add(box);
        }
    }

    private void showQuestion(Integer position) {
        byQuestion.removeAll();
        if (position == null) {
            return;
        }
        Map<String, String> answers = services.review().answersTo(call.id(), position);
        UnorderedList list = new UnorderedList();
        answers.forEach((org, answer) -> list.add(new ListItem(org + " : " + answer)));
        if (answers.isEmpty()) {
            list.add(new ListItem(getTranslation("contribution.review.none")));
        }
        byQuestion.add(list);
    }

    @Override
    public String getPageTitle() {
        return call == null ? getTranslation("contribution.title") : call.title();
    }
}
