package fr.ctg.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ConventionState;
import fr.ctg.exchange.DataExchangeService;
import fr.ctg.exchange.ExchangeRequest;
import java.util.List;

/** A new data-exchange request; with personal data, its safeguards. A refusal keeps what was typed. */
class ExchangeRequestDialog extends Dialog {

    ExchangeRequestDialog(DataExchangeService exchanges, long conventionId, List<ConventionState.PartyState> parties,
                          Runnable saved) {
        setId("exchange-request-dialog");
        setHeaderTitle(getTranslation("exchange.new"));
        setWidth("min(48rem, 96vw)");
        ComboBox<ConventionState.PartyState> party = new ComboBox<>(getTranslation("exchange.field.party"), parties);
        party.setId("exchange-party");
        party.setItemLabelGenerator(ConventionState.PartyState::shortName);
        TextField title = new TextField(getTranslation("exchange.field.title"));
        title.setId("exchange-title");
        title.setMaxLength(300);
        TextArea categories = new TextArea(getTranslation("exchange.field.categories"));
        categories.setId("exchange-categories");
        TextArea purpose = new TextArea(getTranslation("exchange.field.purpose"));
        purpose.setId("exchange-purpose");
        TextArea legal = new TextArea(getTranslation("exchange.field.legalBasis"));
        legal.setId("exchange-legal-basis");
        Checkbox personal = new Checkbox(getTranslation("exchange.field.personalData"));
        personal.setId("exchange-personal");
        TextArea recipients = new TextArea(getTranslation("exchange.field.recipients"));
        recipients.setId("exchange-recipients");
        TextField retention = new TextField(getTranslation("exchange.field.retention"));
        retention.setId("exchange-retention");
        TextArea cnil = new TextArea(getTranslation("exchange.field.cnil"));
        cnil.setId("exchange-cnil");
        recipients.setVisible(false);
        retention.setVisible(false);
        cnil.setVisible(false);
        personal.addValueChangeListener(e -> {
            recipients.setVisible(e.getValue());
            retention.setVisible(e.getValue());
            cnil.setVisible(e.getValue());
            legal.setRequiredIndicatorVisible(e.getValue());
        });
        Paragraph error = new Paragraph();
        error.setId("exchange-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(party, title, categories, purpose, legal, personal, recipients, retention, cnil);
        add(form, error);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                exchanges.request(conventionId, new ExchangeRequest(party.getValue() == null ? null
                        : party.getValue().id(), title.getValue(), categories.getValue(), purpose.getValue(),
                        legal.getValue(), personal.getValue(), recipients.getValue(), retention.getValue(),
                        cnil.getValue()));
                Notifications.success("exchange.saved");
                close();
                saved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("exchange-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), ev -> close()), save);
    }
}
