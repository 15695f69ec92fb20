package fr.ctg.contribution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.IncomingUploads;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.Uploads;
import fr.ctg.contribution.CallDetails;
import fr.ctg.contribution.DraftChangedMeanwhile;
import fr.ctg.contribution.Question;
import fr.ctg.contribution.QuestionKind;
import fr.ctg.contribution.SubmissionStatus;
import fr.ctg.contribution.SubmissionDetails;
import fr.ctg.document.UploadedFile;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A contributor answers a call: every change is saved as a draft at once (closing the tab loses nothing); the
 * answers are submitted before the closing date and a receipt with its reference shows (and is e-mailed); the
 * submission can be withdrawn and submitted again until the call closes; the referents' answer shows here.
 */
@Route("contributions/:callId([0-9]+)")
@PermitAll
@ConventionRoles({Role.ASSOCIATION})
class ContributeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContributionUiServices services;
    private final List<HasValue<?, String>> fields = new ArrayList<>();
    private final Paragraph saved = new Paragraph();
    private final Paragraph error = new Paragraph();
    private CallDetails call;

    ContributeView(ContributionUiServices services) {
        this.services = services;
        setId("contribute-view");
        saved.setId("contribute-saved");
        error.setId("contribute-error");
        error.addClassName("ctg-error-text");
    }

    /** The version of the draft this page started from (checked at every save: hole 9 of the security review). */
    private long seenVersion = SubmissionDetails.NONE;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        call = services.calls().call(event.getRouteParameters().getLong("callId").orElseThrow());
        render(services.submissions().mine(call.id()));
    }

    private void render(SubmissionDetails mine) {
        seenVersion = mine.version();
        removeAll();
        fields.clear();
        LocalDate today = LocalDate.now(services.clock());
        add(new H2(call.title()), new Paragraph(getTranslation("contribution.call.dates",
                Formats.date(call.opensOn(), getLocale()), Formats.date(call.closesOn(), getLocale()))));
        if (call.instructions() != null) {
            add(new Paragraph(call.instructions()));
        }
        boolean submitted = mine.status() == SubmissionStatus.SUBMITTED;
        boolean editable = !submitted && !today.isAfter(call.closesOn());
        if (submitted) {
            add(receipt(mine));
        }
        for (int k = 0; k < call.questions().size(); k++) {
            Question q = call.questions().get(k);
            if (q.kind() == QuestionKind.FILE) {
                TextField attached = new TextField((k + 1) + ". " + q.label() + (q.required() ? " *" : ""));
                attached.setId("answer-" + (k + 1));
                attached.setReadOnly(true);
                attached.setWidthFull();
                attached.setValue(mine.answers().getOrDefault(k, ""));
                attached.setPlaceholder(getTranslation("contribution.answer.noFile"));
                fields.add(attached);
                add(attached);
                if (editable) {
                    add(upload(k));
                }
                continue;
            }
            HasValue<?, String> field = field(k, q, mine.answers().getOrDefault(k, ""));
            field.setReadOnly(!editable);
            fields.add(field);
            add((Component) field);
        }
        if (editable) {
            Button submit = new Button(getTranslation("contribution.submit"), e -> act(() -> services.submissions().submit(call.id())));
            submit.setId("contribute-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(saved, submit);
        } else if (submitted && !today.isAfter(call.closesOn())) {
            Button withdraw = new Button(getTranslation("contribution.withdraw"), e -> act(() -> services.submissions().withdraw(call.id())));
            withdraw.setId("contribute-withdraw");
            add(withdraw);
        } else if (!submitted) {
            add(new Paragraph(getTranslation("contribution.error.closed", Formats.date(call.closesOn(), getLocale()))));
        }
        add(error);
    }

    private Upload upload(int position) {
        UI ui = UI.getCurrent();
        long maxBytes = services.documents().maxBytes();
        Upload upload = new Upload(
                IncomingUploads.current().toIncomingFile(maxBytes, (meta, file) -> ui.access(() -> {
                    try {
                        render(services.submissions().attach(call.id(), position, new UploadedFile(
                                meta.fileName(), () -> Files.newInputStream(file.toPath()))));
                    } catch (BusinessRuleException ex) {
                        error.setText(Notifications.message(ex));
                    } finally {
                        file.delete();
                    }
                }), () -> error.setText(getTranslation("document.error.tooLarge", maxBytes / (1024 * 1024)))));
        Uploads.translated(upload);
        upload.setId("answer-upload-" + (position + 1));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        return upload;
    }

    private Div receipt(SubmissionDetails s) {
        Div box = new Div(new H3(getTranslation("contribution.receipt.title")));
        box.setId("contribute-receipt");
        box.addClassName("ctg-card");
        box.add(new Paragraph(getTranslation("contribution.receipt.text", s.reference(),
                Formats.date(s.submittedAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate(), getLocale()), s.submittedBy())));
        if (s.reviewStatus() != null) {
            Span status = new Span(getTranslation(s.reviewStatus().labelKey()));
            status.getElement().getThemeList().add("badge");
            Paragraph review = new Paragraph(new Span(getTranslation("contribution.receipt.review") + " "), status,
                    new Span(s.reviewAnswer() == null ? "" : " — " + s.reviewAnswer()));
            review.setId("contribute-review");
            box.add(review);
        }
        return box;
    }

    private HasValue<?, String> field(int k, Question q, String value) {
        String label = (k + 1) + ". " + q.label() + (q.required() ? " *" : "");
        String id = "answer-" + (k + 1);
        HasValue<?, String> field = switch (q.kind()) {
            case LONG_TEXT -> {
                TextArea a = new TextArea(label);
                a.setWidthFull();
                a.setValueChangeMode(ValueChangeMode.LAZY);
                yield a;
            }
            case CHOICE -> {
                Select<String> s = new Select<>();
                s.setLabel(label);
                s.setItems(q.choices());
                s.setEmptySelectionAllowed(true);
                yield s;
            }
            case YES_NO -> {
                RadioButtonGroup<String> r = new RadioButtonGroup<>(label);
                r.setItems("oui", "non");
                r.setItemLabelGenerator(v -> getTranslation("contribution.answer." + v));
                yield r;
            }
            default -> {
                TextField t = new TextField(label);
                t.setWidthFull();
                t.setValueChangeMode(ValueChangeMode.LAZY);
                if (q.kind() == QuestionKind.NUMBER) {
                    t.setHelperText(getTranslation("contribution.answer.numberHelp"));
                }
                yield t;
            }
        };
        ((Component) field).setId(id);
        if (!value.isEmpty()) {
            field.setValue(value);
        }
        field.addValueChangeListener(e -> saveDraft());
        return field;
    }

    private void saveDraft() {
        Map<Integer, String> answers = new TreeMap<>();
        for (int k = 0; k < fields.size(); k++) {
            String v = fields.get(k).getValue();
            answers.put(k, v == null ? "" : v);
        }
        try {
            seenVersion = services.submissions().saveDraft(call.id(), answers, seenVersion).version();
            error.setText("");
            saved.setText(getTranslation("contribution.saved",
                    DateTimeFormatter.ofPattern("HH:mm:ss").format(ZonedDateTime.now(services.clock()
                            .withZone(ZoneId.of("Europe/Paris"))))));
        } catch (DraftChangedMeanwhile ex) {
            // shown, not overwritten: what is typed stays; the next change saves it over theirs, on purpose
            seenVersion = ex.now().version();
            error.setText(Notifications.message(ex));
        } catch (BusinessRuleException ex) {
            error.setText(Notifications.message(ex));
        }
    }

    private void act(Supplier<SubmissionDetails> action) {
        try {
            render(action.get());
        } catch (BusinessRuleException ex) {
            error.setText(Notifications.message(ex));
        }
    }

    @Override
    public String getPageTitle() {
        return call == null ? getTranslation("contribution.title") : call.title();
    }
}
