package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.diagnostic.OfferItem;
import fr.ctg.diagnostic.OfferKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Adds an item of the existing offer (service, partner, equipment, place) to a theme. */
class OfferDialog extends Dialog {

    OfferDialog(List<OfferItem> current, Consumer<List<OfferItem>> save) {
        setId("diagnostic-offer-dialog");
        setHeaderTitle(getTranslation("diagnostic.offer.add"));
        setWidth("min(40rem, 96vw)");
        ComboBox<OfferKind> kind = new ComboBox<>(getTranslation("diagnostic.offer.kind"), OfferKind.values());
        kind.setId("diagnostic-offer-kind");
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("diagnostic.offer.name"));
        name.setId("diagnostic-offer-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        TextField commune = new TextField(getTranslation("diagnostic.offer.commune"));
        commune.setId("diagnostic-offer-commune");
        commune.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("diagnostic.offer.description"));
        description.setId("diagnostic-offer-description");
        description.setMaxLength(2000);
        Paragraph error = DiagnosticView.errorText("diagnostic-offer-error");
        FormLayout form = new FormLayout(kind, name, commune, description);
        form.setColspan(description, 2);
        add(form, error);
        Button ok = new Button(getTranslation("action.save"), e -> {
            List<OfferItem> list = new ArrayList<>(current);
            list.add(new OfferItem(kind.getValue(), name.getValue(), description.getValue(), commune.getValue()));
            try {
                save.accept(list);
                close();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        ok.setId("diagnostic-offer-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
