package fr.ctg.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Card;
import fr.ctg.base.ui.LanguageSelect;
import fr.ctg.base.ui.Notifications;
import fr.ctg.security.AccountService;
import fr.ctg.security.CommitteeSeat;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.MyAccount;
import fr.ctg.security.PasswordPolicy;
import fr.ctg.security.PersonalDataService;
import fr.ctg.security.SecondFactorService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Mon compte": the person's name, address, organisation and language (used for the pages and every e-mail sent to
 * them), their password (the current one required; their other sessions end), the conventions they are a member of
 * with their roles there, and everything the portal holds about them as a ZIP.
 */
@Route("mon-compte")
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    MyAccountView(AccountService accounts, CurrentUser currentUser, PersonalDataService personalData,
                  SecondFactorService secondFactors) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        setId("my-account");
        setMaxWidth("52rem");
        MyAccount me = accounts.myAccount();
        add(new H2(getTranslation("account.title")), new Paragraph(getTranslation("account.identifier", me.username())));
        add(profile(me), password());
        int recoveryLeft = secondFactors.recoveryCodesLeft();
        if (recoveryLeft >= 0) {
            add(secondFactor(secondFactors, recoveryLeft));
        }
        add(places(me), data(personalData));
    }

    /** Only for those who enrolled an app: how many recovery codes are left, and new ones (shown once). */
    private Div secondFactor(SecondFactorService secondFactors, int recoveryLeft) {
        Paragraph state = new Paragraph(getTranslation("account.secondFactor.on", recoveryLeft));
        state.setId("account-second-factor-state");
        Div fresh = new Div();
        Button renew = new Button(getTranslation("account.secondFactor.renew"), e -> {
            List<String> codes = secondFactors.renewRecoveryCodes();
            state.setText(getTranslation("account.secondFactor.on", codes.size()));
            fresh.removeAll();
            fresh.add(new Paragraph(getTranslation("account.secondFactor.renewed")), SecondFactorView.recoveryList(codes));
        });
        renew.setId("account-second-factor-renew");
        Div box = card("account.secondFactor.title", state, renew, fresh);
        box.setId("account-second-factor");
        return box;
    }

    private Div profile(MyAccount me) {
        TextField name = new TextField(getTranslation("account.displayName"));
        name.setId("account-name");
        name.setValue(me.displayName());
        EmailField email = new EmailField(getTranslation("account.email"));
        email.setId("account-email");
        email.setValue(me.email() == null ? "" : me.email());
        TextField organisation = new TextField(getTranslation("account.organisation"));
        organisation.setId("account-organisation");
        organisation.setValue(me.organisation() == null ? "" : me.organisation());
        LanguageSelect language = new LanguageSelect(getTranslation("account.language"));
        language.setId("account-language");
        language.setValue(me.language());
        language.setHelperText(getTranslation("account.languageHelp"));
        Paragraph error = new Paragraph();
        error.setId("account-profile-error");
        error.addClassName("ctg-error-text");
        Button save = new Button(getTranslation("account.save"), e -> {
            try {
                CtgUser updated = accounts.updateProfile(name.getValue(), email.getValue(), organisation.getValue(),
                        language.getValue());
                currentUser.replace(updated);
                error.setText("");
                UI ui = UI.getCurrent();
                boolean languageChanged = !updated.locale().equals(ui.getLocale());
                ui.getSession().setLocale(updated.locale());
                ui.setLocale(updated.locale());
                Notifications.success("account.saved");
                if (languageChanged) {
                    ui.refreshCurrentRoute(true);
                }
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = card("account.profile", new FormLayout(name, email, organisation, language), error, save);
        box.setId("account-profile");
        return box;
    }

    private Div password() {
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("account-password-current");
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setId("account-password-new");
        next.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        PasswordField again = new PasswordField(getTranslation("account.password.again"));
        again.setId("account-password-again");
        Paragraph error = new Paragraph();
        error.setId("account-password-error");
        error.addClassName("ctg-error-text");
        Button change = new Button(getTranslation("account.password.change"), e -> {
            try {
                currentUser.replace(accounts.changePassword(current.getValue(), next.getValue(), again.getValue()));
                current.clear();
                next.clear();
                again.clear();
                error.setText("");
                Notifications.success("account.password.changed");
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        change.setId("account-password-change");
        Div box = card("account.password.title", new FormLayout(current, next, again), error, change);
        box.setId("account-password");
        return box;
    }

    private Div places(MyAccount me) {
        UnorderedList list = new UnorderedList();
        list.setId("account-places");
        if (me.platformAdmin()) {
            list.add(new ListItem(getTranslation("account.platformAdmin")));
        }
        for (MyAccount.Place p : me.places()) {
            String roles = p.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                    .collect(Collectors.joining(", "));
            String seats = p.seats().stream().map(this::seat).collect(Collectors.joining(", "));
            list.add(new ListItem(p.conventionTitle() + " — " + roles + (seats.isEmpty() ? "" : " (" + seats + ")")));
        }
        if (me.places().isEmpty() && !me.platformAdmin()) {
            list.add(new ListItem(getTranslation("account.noPlaces")));
        }
        return card("account.places", list);
    }

    private String seat(CommitteeSeat s) {
        return getTranslation(s.committee().labelKey()) + ", " + getTranslation(s.seat().labelKey()).toLowerCase(getLocale());
    }

    private Div data(PersonalDataService personalData) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] zip = personalData.exportMine();
            return new DownloadResponse(new ByteArrayInputStream(zip), "mes-donnees-portail-ctg.zip", "application/zip",
                    zip.length);
        }), getTranslation("account.data.download"));
        download.setId("account-data");
        download.getElement().setAttribute("download", true);
        return card("account.data.title", new Paragraph(getTranslation("account.data.text")), download,
                new Paragraph(new RouterLink(getTranslation("privacy.link"), PrivacyView.class)));
    }

    private Div card(String titleKey, Component... content) {
        return new Card(getTranslation(titleKey), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
