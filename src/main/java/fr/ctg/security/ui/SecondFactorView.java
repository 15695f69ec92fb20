package fr.ctg.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.PublicPage;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.SecondFactorService;
import jakarta.annotation.security.PermitAll;
import java.util.Base64;
import java.util.List;

/**
 * {@code /double-authentification}: after an administrator's right password, the code of their authenticator app
 * (or a recovery code); the first time, the enrolment of the app (QR code and the secret as text), then the recovery
 * codes, shown once. Nothing else opens until then ({@link SecondFactorGuard}).
 */
@Route(value = "double-authentification", autoLayout = false)
@PermitAll
public class SecondFactorView extends PublicPage implements BeforeEnterObserver {

    private final SecondFactorService secondFactors;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    SecondFactorView(SecondFactorService secondFactors, CurrentUser currentUser, AuthenticationContext authentication) {
        super("secondFactor.title");
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
        this.authentication = authentication;
        setId("second-factor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.awaitingSecondFactor().isEmpty()) {
            event.forwardTo("");
            return;
        }
        render();
        if (secondFactors.enrolled()) {
            askCode();
        } else {
            enrol();
        }
    }

    private void askCode() {
        content.add(new Paragraph(getTranslation("secondFactor.ask")));
        TextField code = codeField("secondFactor.code");
        code.setHelperText(getTranslation("secondFactor.codeHelp"));
        Paragraph error = error("second-factor-error");
        Button go = new Button(getTranslation("secondFactor.verify"), e -> {
            try {
                finish(secondFactors.verify(code.getValue()));
            } catch (BusinessRuleException ex) {
                code.clear();
                error.setText(Notifications.message(ex));
                code.focus();
            }
        });
        go.setId("second-factor-verify");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        content.add(code, error, go, logout());
        code.focus();
    }

    private void enrol() {
        SecondFactorService.Enrolment enrolment = secondFactors.enrolment();
        content.add(new Paragraph(getTranslation("secondFactor.enrol.intro")));
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(enrolment.qrPng()),
                getTranslation("secondFactor.enrol.qrAlt"));
        qr.setId("second-factor-qr");
        qr.setWidth("200px");
        Paragraph secret = new Paragraph(getTranslation("secondFactor.enrol.secret", enrolment.groupedSecret()));
        secret.setId("second-factor-secret");
        secret.getElement().setAttribute("data-secret", enrolment.secret());
        TextField code = codeField("secondFactor.enrol.code");
        Paragraph error = error("second-factor-error");
        Button confirm = new Button(getTranslation("secondFactor.enrol.confirm"), e -> {
            try {
                showRecoveryCodes(secondFactors.confirm(code.getValue()));
            } catch (BusinessRuleException ex) {
                code.clear();
                error.setText(Notifications.message(ex));
                code.focus();
            }
        });
        confirm.setId("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        content.add(qr, secret, code, error, confirm, logout());
    }

    private void showRecoveryCodes(SecondFactorService.Completed completed) {
        currentUser.replace(completed.user());
        content.removeAll();
        content.add(new Paragraph(getTranslation("secondFactor.recovery.intro")));
        content.add(recoveryList(completed.recoveryCodes()));
        Button go = new Button(getTranslation("secondFactor.recovery.continue"), e -> UI.getCurrent().navigate(""));
        go.setId("second-factor-continue");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(go);
    }

    /** The codes as a list (shown once: on enrolment, and in "my account" when renewed). */
    static OrderedList recoveryList(List<String> codes) {
        OrderedList list = new OrderedList();
        list.setId("second-factor-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        list.getStyle().set("font-family", "monospace");
        return list;
    }

    private void finish(SecondFactorService.Completed completed) {
        currentUser.replace(completed.user());
        UI.getCurrent().navigate("");
    }

    private TextField codeField(String labelKey) {
        TextField code = new TextField(getTranslation(labelKey));
        code.setId("second-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setRequired(true);
        return code;
    }

    private Button logout() {
        Button cancel = new Button(getTranslation("secondFactor.cancel"), e -> authentication.logout());
        cancel.setId("second-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }
}
