package fr.ctg.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.ui.PublicPage;
import fr.ctg.security.PasswordResetService;

/**
 * {@code /mot-de-passe-oublie}: asks for a link to choose a new password. The answer is the same whether an account
 * exists or not.
 */
@Route(value = "mot-de-passe-oublie", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends PublicPage implements BeforeEnterObserver {

    private final PasswordResetService resets;

    ForgotPasswordView(PasswordResetService resets) {
        super("forgot.title");
        this.resets = resets;
        setId("forgot-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
        TextField identifier = new TextField(getTranslation("forgot.identifier"));
        identifier.setId("forgot-identifier");
        identifier.setWidthFull();
        identifier.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("forgot.send"), e -> {
            resets.request(identifier.getValue());
            render();
            Paragraph done = new Paragraph(getTranslation("forgot.done", PasswordResetService.VALIDITY.toMinutes()));
            done.setId("forgot-done");
            done.getElement().setAttribute("role", "status");
            content.add(done);
        });
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        content.add(new Paragraph(getTranslation("forgot.intro")), identifier, send);
    }
}
