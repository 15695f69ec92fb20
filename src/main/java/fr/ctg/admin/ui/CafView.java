package fr.ctg.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.ui.Card;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.CafSummary;
import fr.ctg.convention.ConventionRef;
import fr.ctg.journal.ui.JournalNavigation;
import fr.ctg.security.CafAdministration;
import fr.ctg.security.InvitationRow;
import fr.ctg.security.PersonRow;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One Caf: its identity and logo, its administrators (named by the platform administrator, by invitation), its
 * conventions (a new one from here), its people (accounts disabled, re-enabled or erased here), its journal.
 */
@Route("administration/cafs/:cafId")
@PermitAll
@CafAdministration
class CafView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CafServices services;
    private long cafId;
    private CafSummary caf;

    CafView(CafServices services) {
        this.services = services;
        setId("caf-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cafId = event.getRouteParameters().getLong("cafId").orElse(-1L);
        caf = services.cafs().caf(cafId);
        render();
    }

    private void render() {
        removeAll();
        add(new H2(caf.name()), identity(), administrators(), conventions(), people());
        Button journal = new Button(getTranslation("caf.journal"), e -> JournalNavigation.toCaf(cafId));
        journal.setId("caf-journal");
        add(journal);
    }

    private Div identity() {
        TextField name = textField("caf.name", "caf-edit-name", caf.name());
        TextField departement = textField("caf.departement", "caf-edit-departement", caf.departement());
        TextArea address = new TextArea(getTranslation("caf.address"));
        address.setId("caf-edit-address");
        address.setValue(caf.address() == null ? "" : caf.address());
        Paragraph error = error("caf-edit-error");
        Button save = new Button(getTranslation("settings.save"), e -> {
            try {
                caf = services.cafs().update(cafId, name.getValue(), departement.getValue(), address.getValue());
                error.setText("");
                Notifications.success("settings.saved");
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("caf-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        LogoField logo = new LogoField("caf-logo", caf.name(), caf.logoUrl(),
                in -> services.cafs().uploadLogo(cafId, in).logoUrl());
        return card("caf.identity", new FormLayout(name, departement, address), error, save, logo);
    }

    private Div administrators() {
        boolean platform = services.access().isPlatformAdmin();
        Grid<PersonRow> admins = new Grid<>();
        admins.setId("caf-admins");
        admins.addColumn(PersonRow::displayName).setHeader(getTranslation("members.col.name"));
        admins.addColumn(p -> p.email() == null ? "" : p.email()).setHeader(getTranslation("members.col.email"));
        if (platform) {
            admins.addComponentColumn(p -> {
                Button remove = new Button(getTranslation("caf.admin.remove"), e -> new ConfirmDialog("caf-admin-remove",
                        getTranslation("caf.admin.remove"), getTranslation("caf.admin.remove.question", p.displayName()),
                        getTranslation("caf.admin.remove"), () -> services.accounts().removeCafAdministrator(cafId,
                        p.accountId()), this::render).open());
                remove.setId("caf-admin-remove-" + p.accountId());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return remove;
            }).setHeader(getTranslation("members.col.actions"));
        }
        admins.setAllRowsVisible(true);
        admins.setItems(services.accounts().cafAdministrators(cafId));
        Div box = card("caf.admins", admins);
        if (platform) {
            Button invite = new Button(getTranslation("caf.admin.invite"), e -> new CafAdminInviteDialog(
                    services.invitations(), cafId, this::render).open());
            invite.setId("caf-admin-invite");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(invite);
            List<InvitationRow> pending = services.invitations().cafInvitations(cafId).stream()
                    .filter(i -> i.status() == InvitationRow.Status.PENDING).toList();
            for (InvitationRow i : pending) {
                Button revoke = new Button(getTranslation("invitation.revoke"), e -> {
                    try {
                        services.invitations().revoke(i.id());
                    } catch (BusinessRuleException ex) {
                        Notifications.error(ex); // accepted or revoked meanwhile: say so, then show the state
                    }
                    render();
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                revoke.setId("caf-invitation-revoke-" + i.id());
                box.add(new HorizontalLayout(new Span(getTranslation("caf.admin.pending", i.email())), revoke));
            }
        }
        return box;
    }

    private Div conventions() {
        List<ConventionRef> list = services.cafs().conventions(cafId);
        Grid<ConventionRef> grid = new Grid<>();
        grid.setId("caf-conventions");
        grid.addColumn(ConventionRef::title).setHeader(getTranslation("caf.convention.title")).setFlexGrow(3);
        grid.addColumn(ConventionRef::territory).setHeader(getTranslation("terms.territory")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("caf.open"), e -> {
                services.currentConvention().select(c.id());
                UI.getCurrent().getPage().setLocation("");
            });
            open.setId("caf-convention-open-" + c.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation("caf.open.aria", c.title()));
            return open;
        }).setHeader(getTranslation("members.col.actions"));
        grid.setAllRowsVisible(true);
        grid.setItems(list);
        Button create = new Button(getTranslation("caf.convention.new"), e -> UI.getCurrent().navigate(
                ConventionWizardView.class, new RouteParameters("cafId", String.valueOf(cafId))));
        create.setId("caf-convention-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return card("caf.conventionsHeading", create, list.isEmpty() ? new Paragraph(getTranslation("caf.convention.none"))
                : grid);
    }

    private Div people() {
        Grid<PersonRow> grid = new Grid<>();
        grid.setId("caf-people");
        grid.addColumn(PersonRow::displayName).setHeader(getTranslation("members.col.name")).setSortable(true);
        grid.addColumn(p -> p.email() == null ? "" : p.email()).setHeader(getTranslation("members.col.email"));
        grid.addColumn(p -> p.organisation() == null ? "" : p.organisation()).setHeader(getTranslation("account.organisation"));
        grid.addColumn(PersonRow::conventions).setHeader(getTranslation("caf.conventions"));
        grid.addColumn(p -> getTranslation(p.enabled() ? "member.state.active" : "member.state.disabled"))
                .setHeader(getTranslation("member.col.state"));
        grid.addComponentColumn(this::personActions).setHeader(getTranslation("members.col.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(services.accounts().people(cafId));
        return card("caf.people", new Paragraph(getTranslation("caf.people.help")), grid);
    }

    private HorizontalLayout personActions(PersonRow p) {
        HorizontalLayout row = new HorizontalLayout();
        Button toggle = new Button(getTranslation(p.enabled() ? "members.disable" : "members.enable"), e -> {
            try {
                if (p.enabled()) {
                    services.accounts().disable(p.accountId());
                } else {
                    services.accounts().enable(p.accountId());
                }
                render();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        toggle.setId("person-toggle-" + p.accountId());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(getTranslation(p.enabled() ? "members.disable.aria" : "members.enable.aria", p.displayName()));
        Button erase = new Button(getTranslation("person.erase"), e -> new ConfirmDialog("erase-dialog",
                getTranslation("person.erase"), getTranslation("person.erase.question", p.displayName()),
                getTranslation("person.erase.confirm"), () -> {
                    String pseudonym = services.accounts().erase(p.accountId());
                    Notifications.success("person.erased", pseudonym);
                }, this::render).open());
        erase.setId("person-erase-" + p.accountId());
        erase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.setAriaLabel(getTranslation("person.erase.aria", p.displayName()));
        Button reset = new Button(getTranslation("people.secondFactor.reset"), e -> {
            try {
                services.accounts().resetSecondFactor(p.accountId());
                Notifications.success("people.secondFactor.resetDone");
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        reset.setId("person-second-factor-reset-" + p.accountId());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.setAriaLabel(getTranslation("people.secondFactor.reset") + " – " + p.displayName());
        row.add(toggle, reset, erase);
        return row;
    }

    private TextField textField(String labelKey, String id, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    private Div card(String titleKey, Component... content) {
        return new Card(getTranslation(titleKey), content);
    }

    private Paragraph error(String id) {
        Paragraph p = new Paragraph();
        p.setId(id);
        p.addClassName("ctg-error-text");
        p.getElement().setAttribute("role", "alert");
        return p;
    }

    @Override
    public String getPageTitle() {
        return caf == null ? getTranslation("cafs.title") : caf.name();
    }
}
