package fr.ctg.avenant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.avenant.AvenantDetails;
import fr.ctg.avenant.AvenantService;
import fr.ctg.avenant.AvenantSignature;
import fr.ctg.avenant.AvenantStatus;
import fr.ctg.avenant.AvenantText;
import fr.ctg.avenant.ChangeTexts;
import fr.ctg.avenant.ConventionChange;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.minutes.MinutesService;
import fr.ctg.minutes.MinutesSummary;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One avenant: its own text (title, preamble, justification and the minutes or document that motivated it), the
 * modifications since its baseline to tick, its course (circulate, approve, sign with the scan and the parties'
 * deliberations) and its DOCX and PDF.
 */
@Route("avenants/:avenantId([0-9]+)")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class AvenantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AvenantService avenants;
    private final ChangeTexts texts;
    private final CurrentConvention currentConvention;
    private final DocumentService documents;
    private final MinutesService minutes;
    private final Clock clock;
    private final Map<String, Checkbox> choices = new LinkedHashMap<>();
    private AvenantDetails d;

    AvenantView(AvenantService avenants, ChangeTexts texts, CurrentConvention currentConvention,
                DocumentService documents, MinutesService minutes, Clock clock) {
        this.clock = clock;
        this.avenants = avenants;
        this.texts = texts;
        this.currentConvention = currentConvention;
        this.documents = documents;
        this.minutes = minutes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("avenantId").orElseThrow(NotFoundException::new);
        d = avenants.details(id);
        if (!currentConvention.id().map(c -> c == d.conventionId()).orElse(false)) {
            currentConvention.select(d.conventionId());
        }
        refresh();
    }

    private void refresh() {
        removeAll();
        choices.clear();
        RouterLink back = new RouterLink(getTranslation("avenant.back"), AvenantsView.class);
        back.setId("avenant-back");
        H2 title = new H2(d.title());
        title.setId("avenant-title");
        Span status = new Span(getTranslation(d.status().labelKey()));
        status.setId("avenant-status");
        status.getElement().getThemeList().add(d.status() == AvenantStatus.SIGNED ? "badge success" : "badge");
        add(back, new HorizontalLayout(title, status), course(), downloads());
        boolean editing = d.editable() && d.rights().edit();
        add(editing ? textForm() : textShown());
        add(changes(editing));
        if (editing) {
            add(actions());
        }
        if (d.status() == AvenantStatus.APPROVED && d.rights().sign()) {
            add(signForm());
        }
        if (d.status() == AvenantStatus.APPROVED && d.rights().edit()) {
            add(abandonButton());
        }
    }

    private Component course() {
        Paragraph p = new Paragraph();
        p.setId("avenant-course");
        StringBuilder s = new StringBuilder();
        if (d.approvedAt() != null) {
            s.append(getTranslation("avenant.approvedOn", Formats.date(d.approvedAt().atZone(TimeConfig.ZONE)
                    .toLocalDate(), getLocale()), d.approvedByName()));
        }
        if (d.signedOn() != null) {
            s.append(' ').append(getTranslation("avenant.signedOnDay", Formats.date(d.signedOn(), getLocale())));
        }
        p.setText(s.toString());
        return p;
    }

    private Component downloads() {
        Anchor docx = new Anchor("/files/avenants/" + d.id() + ".docx", getTranslation("avenant.download.docx"));
        docx.setId("avenant-docx");
        docx.setRouterIgnore(true);
        docx.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor("/files/avenants/" + d.id() + ".pdf", getTranslation("avenant.download.pdf"));
        pdf.setId("avenant-pdf");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        return new HorizontalLayout(docx, pdf);
    }

    private Component textForm() {
        TextField title = new TextField(getTranslation("avenant.field.avenantTitle"));
        title.setId("avenant-title-field");
        title.setValue(d.title());
        title.setMaxLength(300);
        title.setWidthFull();
        TextArea preamble = new TextArea(getTranslation("avenant.field.preamble"));
        preamble.setId("avenant-preamble");
        preamble.setValue(Objects.requireNonNullElse(d.preamble(), ""));
        preamble.setWidthFull();
        preamble.setHelperText(getTranslation("minutes.section.markdownHelp"));
        TextArea justification = new TextArea(getTranslation("avenant.field.justification"));
        justification.setId("avenant-justification");
        justification.setValue(Objects.requireNonNullElse(d.justification(), ""));
        justification.setWidthFull();
        ComboBox<MinutesSummary> minutesBox = new ComboBox<>(getTranslation("avenant.field.minutes"));
        minutesBox.setId("avenant-minutes");
        List<MinutesSummary> published = minutes.published(d.conventionId(), null, null);
        minutesBox.setItems(published);
        minutesBox.setItemLabelGenerator(MinutesSummary::title);
        minutesBox.setClearButtonVisible(true);
        published.stream().filter(m -> Objects.equals(m.id(), d.justificationMinutesId())).findFirst()
                .ifPresent(minutesBox::setValue);
        ComboBox<DocumentSummary> documentBox = new ComboBox<>(getTranslation("avenant.field.document"));
        documentBox.setId("avenant-document");
        List<DocumentSummary> docs = documents.search(d.conventionId(), DocumentQuery.all());
        documentBox.setItems(docs);
        documentBox.setItemLabelGenerator(DocumentSummary::title);
        documentBox.setClearButtonVisible(true);
        docs.stream().filter(x -> Objects.equals(x.id(), d.justificationDocumentId())).findFirst()
                .ifPresent(documentBox::setValue);
        Button save = new Button(getTranslation("avenant.saveText"), e -> act(() -> avenants.editText(d.id(),
                new AvenantText(title.getValue(), preamble.getValue(), justification.getValue(),
                        minutesBox.getValue() == null ? null : minutesBox.getValue().id(),
                        documentBox.getValue() == null ? null : documentBox.getValue().id())), "avenant.textSaved"));
        save.setId("avenant-save-text");
        HorizontalLayout links = new HorizontalLayout(minutesBox, documentBox);
        links.setWrap(true);
        return new Div(new H3(getTranslation("avenant.ownText")), title, preamble, justification, links, save);
    }

    private Component textShown() {
        Div box = new Div(new H3(getTranslation("avenant.ownText")));
        if (d.preamble() != null) {
            box.add(new H4(getTranslation("avenant.field.preamble")), new Paragraph(d.preamble()));
        }
        if (d.justification() != null) {
            box.add(new H4(getTranslation("avenant.field.justification")), new Paragraph(d.justification()));
        }
        return box;
    }

    private Component changes(boolean editing) {
        Div box = new Div();
        box.setId("avenant-changes");
        List<ConventionChange> shown = editing ? d.changes() : d.carried();
        box.add(new H3(getTranslation(editing ? "avenant.changesToChoose" : "avenant.changesCarried", shown.size())));
        if (shown.isEmpty()) {
            box.add(new Paragraph(getTranslation("avenant.noModification")));
        }
        String group = null;
        for (ConventionChange c : shown) {
            String heading = texts.heading(getLocale(), c.group(), c.number());
            if (!Objects.equals(group, heading)) {
                box.add(new H4(heading));
                group = heading;
            }
            String label = getTranslation(c.kind().labelKey()) + " : " + c.subject();
            Div row = new Div();
            row.addClassName("ctg-card");
            if (editing) {
                Checkbox choice = new Checkbox(label, d.chosen().contains(c.key()));
                choice.setId("change-" + c.key().replace(':', '-'));
                choices.put(c.key(), choice);
                row.add(choice);
            } else {
                row.add(new Span(label));
            }
            row.add(ChangeRendering.change(texts, getLocale(), c));
            box.add(row);
        }
        if (editing && !shown.isEmpty()) {
            Button choose = new Button(getTranslation("avenant.saveChoice"), e -> act(() -> avenants.choose(d.id(),
                    choices.entrySet().stream().filter(x -> x.getValue().getValue()).map(Map.Entry::getKey)
                            .collect(Collectors.toSet())), "avenant.choiceSaved"));
            choose.setId("avenant-choose");
            box.add(choose);
        }
        return box;
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        if (d.status() == AvenantStatus.DRAFT) {
            Button circulate = new Button(getTranslation("avenant.circulate"),
                    e -> act(() -> avenants.circulate(d.id(), ticked()), "avenant.circulated"));
            circulate.setId("avenant-circulate");
            bar.add(circulate);
        }
        Button approve = new Button(getTranslation("avenant.approve"),
                e -> act(() -> avenants.approve(d.id(), ticked()), "avenant.approved"));
        approve.setId("avenant-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(approve, abandonButton());
        return bar;
    }

    private Button abandonButton() {
        Button abandon = new Button(getTranslation("avenant.abandon"), e -> {
            try {
                avenants.abandon(d.id());
                Notifications.success("avenant.abandoned");
                getUI().ifPresent(ui -> ui.navigate(AvenantsView.class));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        abandon.setId("avenant-abandon");
        abandon.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return abandon;
    }

    /** The boxes ticked on the page are what the person means when they circulate or approve. */
    private Set<String> ticked() {
        return choices.entrySet().stream().filter(x -> x.getValue().getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private Component signForm() {
        DatePicker signedOn = new DatePicker(getTranslation("avenant.field.signedOn"));
        signedOn.setId("avenant-signed-on");
        signedOn.setMax(LocalDate.now(clock));
        List<DocumentSummary> docs = documents.search(d.conventionId(), DocumentQuery.all());
        ComboBox<DocumentSummary> scan = new ComboBox<>(getTranslation("avenant.field.scan"));
        scan.setId("avenant-scan");
        scan.setItems(docs);
        scan.setItemLabelGenerator(DocumentSummary::title);
        scan.setHelperText(getTranslation("avenant.scanHelp"));
        MultiSelectComboBox<DocumentSummary> deliberations =
                new MultiSelectComboBox<>(getTranslation("avenant.field.deliberations"));
        deliberations.setId("avenant-deliberations");
        deliberations.setItems(docs.stream().filter(x -> x.kind() == DocumentKind.DELIBERATION).toList());
        deliberations.setItemLabelGenerator(x -> x.title() + (x.number() == null ? "" : " (" + x.number() + ")"));
        Button sign = new Button(getTranslation("avenant.sign"), e -> act(() -> avenants.sign(d.id(),
                new AvenantSignature(signedOn.getValue(), scan.getValue() == null ? null : scan.getValue().id(),
                        deliberations.getValue().stream().map(DocumentSummary::id).toList())), "avenant.signed"));
        sign.setId("avenant-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(signedOn, scan, deliberations);
        fields.setWrap(true);
        return new Div(new H3(getTranslation("avenant.signature")), fields, sign);
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(successKey);
            d = avenants.details(d.id());
            refresh();
        } catch (BusinessRuleException e) {
            Notifications.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return d == null ? getTranslation("avenants.title") : d.title();
    }
}
