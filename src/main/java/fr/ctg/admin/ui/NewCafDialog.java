package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.CafService;
import fr.ctg.convention.CafSummary;
import fr.ctg.convention.NewCaf;
import java.util.function.Consumer;

/** Creates a Caf (platform administrator): code, name, département, address. */
class NewCafDialog extends Dialog {

    NewCafDialog(CafService cafs, Consumer<CafSummary> onCreated) {
        setId("new-caf-dialog");
        setHeaderTitle(getTranslation("caf.new"));
        TextField code = new TextField(getTranslation("caf.code"));
        code.setId("caf-code");
        code.setHelperText(getTranslation("caf.codeHelp"));
        TextField name = new TextField(getTranslation("caf.name"));
        name.setId("caf-name");
        name.setPlaceholder("Caf du Gers");
        TextField departement = new TextField(getTranslation("caf.departement"));
        departement.setId("caf-departement");
        departement.setPlaceholder("32 – Gers");
        TextArea address = new TextArea(getTranslation("caf.address"));
        address.setId("caf-address");
        for (TextField f : new TextField[] {code, name, departement}) {
            f.setRequiredIndicatorVisible(true);
        }
        Paragraph error = new Paragraph();
        error.setId("new-caf-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        add(new FormLayout(code, name, departement, address), error);
        Button create = new Button(getTranslation("caf.create"), e -> {
            try {
                CafSummary caf = cafs.create(new NewCaf(code.getValue(), name.getValue(), departement.getValue(),
                        address.getValue()));
                Notifications.success("caf.created", caf.name());
                close();
                onCreated.accept(caf);
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        create.setId("caf-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
