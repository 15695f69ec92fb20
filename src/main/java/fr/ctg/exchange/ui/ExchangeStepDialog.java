package fr.ctg.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.exchange.DataExchangeService;
import fr.ctg.exchange.ExchangeDecision;
import fr.ctg.exchange.ExchangeRow;
import fr.ctg.exchange.ExchangeStage;
import fr.ctg.exchange.ExchangeStudy;
import java.time.LocalDate;

/** The next step of a request: the other party's opportunity study, then its feasibility study, then the decision. */
class ExchangeStepDialog extends Dialog {

    ExchangeStepDialog(DataExchangeService exchanges, ExchangeRow row, LocalDate today, Runnable saved) {
        setId("exchange-step-dialog");
        setWidth("min(40rem, 96vw)");
        Paragraph error = new Paragraph();
        error.setId("exchange-step-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("action.save"));
        save.setId("exchange-step-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (row.stage() == ExchangeStage.REQUESTED || row.stage() == ExchangeStage.OPPORTUNITY_STUDIED) {
            boolean opportunity = row.stage() == ExchangeStage.REQUESTED;
            setHeaderTitle(getTranslation(opportunity ? "exchange.opportunity" : "exchange.feasibility",
                    row.otherParty()));
            TextArea text = new TextArea(getTranslation("exchange.study.text"));
            text.setId("exchange-study-text");
            RadioButtonGroup<Boolean> conclusion = new RadioButtonGroup<>(getTranslation("exchange.study.conclusion"));
            conclusion.setId("exchange-study-conclusion");
            conclusion.setItems(Boolean.TRUE, Boolean.FALSE);
            conclusion.setItemLabelGenerator(b -> getTranslation(b ? "exchange.study.favourable"
                    : "exchange.study.unfavourable"));
            DatePicker on = new DatePicker(getTranslation("exchange.study.on"), today);
            on.setId("exchange-study-on");
            TextField by = new TextField(getTranslation("exchange.study.by"));
            by.setId("exchange-study-by");
            add(new FormLayout(text, conclusion, on, by), error);
            save.addClickListener(e -> act(() -> {
                ExchangeStudy s = new ExchangeStudy(text.getValue(), conclusion.getValue(), on.getValue(), by.getValue());
                if (opportunity) {
                    exchanges.recordOpportunity(row.id(), s);
                } else {
                    exchanges.recordFeasibility(row.id(), s);
                }
            }, error, saved));
        } else {
            setHeaderTitle(getTranslation("exchange.decide"));
            ComboBox<ExchangeDecision> decision = new ComboBox<>(getTranslation("exchange.field.decision"),
                    ExchangeDecision.values());
            decision.setId("exchange-decision");
            decision.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
            TextArea conditions = new TextArea(getTranslation("exchange.field.conditions"));
            conditions.setId("exchange-conditions");
            DatePicker on = new DatePicker(getTranslation("exchange.field.decidedOn"), today);
            on.setId("exchange-decided-on");
            DatePicker start = new DatePicker(getTranslation("exchange.field.start"));
            start.setId("exchange-start");
            DatePicker end = new DatePicker(getTranslation("exchange.field.end"));
            end.setId("exchange-end");
            add(new FormLayout(decision, conditions, on, start, end), error);
            save.addClickListener(e -> act(() -> exchanges.decide(row.id(), decision.getValue(), conditions.getValue(),
                    on.getValue(), start.getValue(), end.getValue()), error, saved));
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void act(Runnable action, Paragraph error, Runnable saved) {
        try {
            action.run();
            Notifications.success("exchange.saved");
            close();
            saved.run();
        } catch (BusinessRuleException ex) {
            error.setText(Notifications.message(ex));
        }
    }
}
