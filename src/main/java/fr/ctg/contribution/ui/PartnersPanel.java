package fr.ctg.contribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.LanguageSelect;
import fr.ctg.base.ui.Notifications;
import fr.ctg.contribution.PartnerInvitationRow;
import fr.ctg.contribution.OrganisationSummary;
import java.time.ZoneId;
import java.util.List;

/** Partner organisations, inviting their contacts, and the invitations sent (revocable until used). */
class PartnersPanel extends Div {

    private final ContributionUiServices services;
    private final long conventionId;
    private final Div list = new Div();
    private final Paragraph error = new Paragraph();

    PartnersPanel(ContributionUiServices services, long conventionId) {
        this.services = services;
        this.conventionId = conventionId;
        setId("partners");
        error.setId("partners-error");
        error.addClassName("ctg-error-text");
        TextField name = new TextField(getTranslation("contribution.organisation.new"));
        name.setId("organisation-name");
        Button add = new Button(getTranslation("contribution.organisation.add"), e -> run(() -> {
            services.partners().createOrganisation(conventionId, name.getValue());
            name.clear();
        }));
        add.setId("organisation-add");
        HorizontalLayout row = new HorizontalLayout(name, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("contribution.organisations")), row, error, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<PartnerInvitationRow> invitations = services.partners().invitations(conventionId);
        for (OrganisationSummary o : services.partners().organisations(conventionId)) {
            Div box = new Div(new H4(o.name()));
            box.setId("organisation-" + o.id());
            EmailField email = new EmailField(getTranslation("contribution.invite.email"));
            email.setId("invite-email-" + o.id());
            LanguageSelect language = new LanguageSelect(getTranslation("invitation.language"));
            language.setId("invite-language-" + o.id());
            Button invite = new Button(getTranslation("contribution.invite"), e -> run(() -> {
                services.partners().invite(conventionId, o.id(), email.getValue(), language.getValue());
                Notifications.success("contribution.invite.sent", email.getValue());
            }));
            invite.setId("invite-" + o.id());
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(email, language, invite);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row);
            UnorderedList sent = new UnorderedList();
            for (PartnerInvitationRow i : invitations.stream().filter(i -> i.organisationId() == o.id()).toList()) {
                ListItem item = new ListItem(new Span(i.email() + " — " + state(i) + " "));
                if (i.usedAt() == null && i.revokedAt() == null) {
                    Button revoke = new Button(getTranslation("contribution.invite.revoke"),
                            e -> run(() -> services.partners().revoke(i.id())));
                    revoke.setId("revoke-" + i.id());
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    Button resend = new Button(getTranslation("invitation.resend"), e -> run(() -> {
                        services.partners().resend(i.id());
                        Notifications.success("contribution.invite.sent", i.email());
                    }));
                    resend.setId("resend-" + i.id());
                    resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    item.add(resend, revoke);
                }
                sent.add(item);
            }
            box.add(sent);
            list.add(box);
        }
    }

    private String state(PartnerInvitationRow i) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        if (i.usedAt() != null) {
            return getTranslation("contribution.invite.used", Formats.date(i.usedAt().atZone(paris).toLocalDate(), getLocale()));
        }
        if (i.revokedAt() != null) {
            return getTranslation("contribution.invite.revoked");
        }
        return getTranslation("contribution.invite.pending", Formats.date(i.expiresAt().atZone(paris).toLocalDate(), getLocale()));
    }

    private void run(Runnable action) {
        try {
            action.run();
            error.setText("");
            refresh();
        } catch (BusinessRuleException ex) {
            error.setText(Notifications.message(ex));
        }
    }
}
