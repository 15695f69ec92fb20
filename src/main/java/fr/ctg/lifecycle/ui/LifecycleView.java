package fr.ctg.lifecycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionState;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentSummary;
import fr.ctg.lifecycle.ConventionLifecycleService;
import fr.ctg.lifecycle.LifecycleDetails;
import fr.ctg.lifecycle.RenewalRequest;
import fr.ctg.lifecycle.TerminationRequest;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Article 10 — the convention's duration: its status and dates, the steps its administrators and secretariat record
 * (signature, coming into force, end), a termination by one party with its registered letter and the commitments
 * still running, and its renewal into the next convention.
 */
@Route("convention/duree")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class LifecycleView extends VerticalLayout implements HasDynamicTitle {

    private final ConventionLifecycleService lifecycle;
    private final ConventionHistoryService history;
    private final DocumentService documents;
    private final CurrentConvention currentConvention;
    private final Clock clock;
    private final long conventionId;

    LifecycleView(ConventionLifecycleService lifecycle, ConventionHistoryService history, DocumentService documents,
                  CurrentConvention currentConvention, Clock clock) {
        this.lifecycle = lifecycle;
        this.history = history;
        this.documents = documents;
        this.currentConvention = currentConvention;
        this.clock = clock;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        refresh();
    }

    private void refresh() {
        removeAll();
        LifecycleDetails d = lifecycle.details(conventionId);
        add(new H2(getTranslation("lifecycle.title")));
        Paragraph state = new Paragraph(getTranslation("lifecycle.state", getTranslation(d.status().labelKey()),
                date(d.startDate()), date(d.endDate()), d.noticeMonths(), date(d.noticeDeadline())));
        state.setId("lifecycle-state");
        add(state);
        if (d.renewedFrom() != null) {
            add(new Paragraph(getTranslation("lifecycle.renewsFrom", d.renewedFrom().title())));
        }
        for (ConventionRef next : d.renewedBy()) {
            add(new Paragraph(getTranslation("lifecycle.renewedBy", next.title())));
        }
        if (d.termination() != null) {
            add(termination(d));
        }
        if (d.canRecord()) {
            if (d.status() == ConventionStatus.DRAFT) {
                DatePicker on = new DatePicker(getTranslation("lifecycle.signedOn"), LocalDate.now(clock));
                on.setId("lifecycle-signed-on");
                add(new H3(getTranslation("lifecycle.sign")), on, button("lifecycle-sign", "lifecycle.sign",
                        () -> lifecycle.recordSignature(conventionId, on.getValue())));
            }
            if (d.status() == ConventionStatus.SIGNED) {
                add(button("lifecycle-in-force", "lifecycle.putInForce", () -> lifecycle.putInForce(conventionId)));
            }
            if (d.status() == ConventionStatus.IN_FORCE) {
                add(button("lifecycle-end", "lifecycle.recordEnd", () -> lifecycle.recordEnd(conventionId)));
            }
            if (d.status() == ConventionStatus.SIGNED || d.status() == ConventionStatus.IN_FORCE) {
                add(terminationForm(d));
            }
        }
        if (d.canRenew() && (d.status() == ConventionStatus.SIGNED || d.status() == ConventionStatus.IN_FORCE
                || d.status() == ConventionStatus.ENDED)) {
            add(renewalForm(d));
        }
    }

    private Component termination(LifecycleDetails d) {
        LifecycleDetails.Termination t = d.termination();
        Div box = new Div(new H3(getTranslation("lifecycle.terminated")));
        box.setId("lifecycle-termination");
        box.add(new Paragraph(getTranslation("lifecycle.terminatedBy", t.requestingParty(), date(t.letterSentOn()),
                t.arNumber(), date(t.effectiveOn()))));
        if (t.reason() != null) {
            box.add(new Paragraph(t.reason()));
        }
        box.add(new H3(getTranslation("lifecycle.commitments", d.commitments().size())));
        UnorderedList list = new UnorderedList();
        list.setId("lifecycle-commitments");
        for (LifecycleDetails.Commitment c : d.commitments()) {
            list.add(new ListItem(new Span(getTranslation(c.kindKey()) + " : " + c.label()
                    + (c.until().isEmpty() ? "" : " (" + c.until() + ")"))));
        }
        box.add(list);
        return box;
    }

    private Component terminationForm(LifecycleDetails d) {
        ComboBox<ConventionState.PartyState> party = new ComboBox<>(getTranslation("lifecycle.field.party"),
                history.parties(conventionId));
        party.setId("termination-party");
        party.setItemLabelGenerator(ConventionState.PartyState::shortName);
        DatePicker sent = new DatePicker(getTranslation("lifecycle.field.letterSentOn"));
        sent.setId("termination-sent-on");
        TextField ar = new TextField(getTranslation("lifecycle.field.arNumber"));
        ar.setId("termination-ar");
        ar.setMaxLength(50);
        ComboBox<DocumentSummary> scan = new ComboBox<>(getTranslation("lifecycle.field.scan"),
                documents.search(conventionId, DocumentQuery.all()));
        scan.setId("termination-scan");
        scan.setItemLabelGenerator(DocumentSummary::title);
        scan.setClearButtonVisible(true);
        DatePicker effective = new DatePicker(getTranslation("lifecycle.field.effectiveOn"));
        effective.setId("termination-effective");
        effective.setHelperText(getTranslation("lifecycle.effectiveHelp", d.noticeMonths()));
        sent.addValueChangeListener(e -> effective.setHelperText(e.getValue() == null
                ? getTranslation("lifecycle.effectiveHelp", d.noticeMonths())
                : getTranslation("lifecycle.earliest", date(e.getValue().plusMonths(d.noticeMonths())))));
        TextArea reason = new TextArea(getTranslation("lifecycle.field.reason"));
        reason.setId("termination-reason");
        FormLayout form = new FormLayout(party, sent, ar, scan, effective, reason);
        return new Div(new H3(getTranslation("lifecycle.terminate")), form, button("termination-save",
                "lifecycle.terminate", () -> lifecycle.terminate(conventionId, new TerminationRequest(
                        party.getValue() == null ? null : party.getValue().id(), sent.getValue(), ar.getValue(),
                        scan.getValue() == null ? null : scan.getValue().id(), effective.getValue(),
                        reason.getValue()))));
    }

    private Component renewalForm(LifecycleDetails d) {
        TextField code = new TextField(getTranslation("lifecycle.field.code"));
        code.setId("renewal-code");
        TextField title = new TextField(getTranslation("lifecycle.field.title"));
        title.setId("renewal-title");
        DatePicker start = new DatePicker(getTranslation("lifecycle.field.start"), d.endDate().plusDays(1));
        start.setId("renewal-start");
        DatePicker end = new DatePicker(getTranslation("lifecycle.field.end"), d.endDate().plusYears(4));
        end.setId("renewal-end");
        Supplier<Long> renew = () -> lifecycle.renew(conventionId, new RenewalRequest(code.getValue(),
                title.getValue(), start.getValue(), end.getValue()));
        Button go = new Button(getTranslation("lifecycle.renew"), e -> {
            try {
                long next = renew.get();
                Notifications.success("lifecycle.renewed");
                currentConvention.select(next);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        go.setId("renewal-save");
        return new Div(new H3(getTranslation("lifecycle.renewal")), new Paragraph(getTranslation("lifecycle.renewalHelp")),
                new FormLayout(code, title, start, end), go);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
                Notifications.success("lifecycle.saved");
                refresh();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        b.setId(id);
        return b;
    }

    private String date(LocalDate d) {
        return d == null ? "—" : Formats.date(d, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lifecycle.title");
    }
}
