package fr.ctg.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ConventionSettings;
import fr.ctg.convention.ConventionSettings.Item;
import fr.ctg.convention.ConventionSettingsService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.governance.CommitteeSettingsService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * The convention's identity and structure as its administrators keep them: terms and Article 10 dates, parties and
 * signatories with their logos, fields of intervention, thematic groups, committees and the Annexe 3 deadline rules.
 * Each part is saved on its own; a refusal says why and changes nothing.
 */
@Route("administration/convention")
@Menu(order = 21, icon = "vaadin:cogs", title = "nav.settings")
@PermitAll
@ConventionRoles(Role.ADMIN)
class ConventionSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ConventionSettingsService settings;
    private final CommitteeSettingsService committees;
    private final long conventionId;

    ConventionSettingsView(CurrentConvention currentConvention, ConventionSettingsService settings,
                           CommitteeSettingsService committees) {
        this.settings = settings;
        this.committees = committees;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        setId("convention-settings");
        ConventionSettings s = settings.settings(conventionId);
        add(new H2(getTranslation("settings.heading")), new Paragraph(getTranslation("settings.intro")));

        TermsForm terms = new TermsForm(true);
        terms.set(s.terms());
        add(card("settings-terms", "settings.terms", terms, () -> settings.updateTerms(conventionId, terms.value())));

        PartiesEditor parties = new PartiesEditor((partyId, in) -> {
            if (partyId == null) {
                throw new BusinessRuleException("logo.error.saveFirst");
            }
            return new PartiesEditor.StoredLogo(null, settings.uploadPartyLogo(conventionId, partyId, in));
        });
        parties.setDetails(s.parties());
        add(card("settings-parties", "settings.parties", parties, () -> {
            settings.updateParties(conventionId, parties.details());
            parties.setDetails(settings.settings(conventionId).parties());
        }));

        ItemsEditor fields = new ItemsEditor("fields", getTranslation("settings.field"), false);
        fields.set(s.fields().stream().map(f -> new Item(f.id(), f.title(), null)).toList());
        add(card("settings-fields", "settings.fields", fields, () -> {
            settings.updateFields(conventionId, fields.value());
            fields.set(settings.settings(conventionId).fields().stream().map(f -> new Item(f.id(), f.title(), null))
                    .toList());
        }));

        ItemsEditor groups = new ItemsEditor("groups", getTranslation("settings.group"), true);
        groups.set(s.thematicGroups().stream().map(g -> new Item(g.id(), g.name(), g.description())).toList());
        CommitteesEditor committeesEditor = new CommitteesEditor();
        committeesEditor.set(committees.committees(conventionId));
        add(card("settings-groups", "settings.groups", groups, () -> {
            settings.updateThematicGroups(conventionId, groups.value());
            groups.set(settings.settings(conventionId).thematicGroups().stream()
                    .map(g -> new Item(g.id(), g.name(), g.description())).toList());
            committeesEditor.set(committees.committees(conventionId));
        }));

        add(card("settings-committees", "settings.committees", committeesEditor, () -> {
            committees.updateCommittees(conventionId, committeesEditor.value());
            committeesEditor.set(committees.committees(conventionId));
        }));

        RulesEditor rules = new RulesEditor();
        rules.set(committees.rules(conventionId));
        add(card("settings-rules", "settings.rules", rules, () -> {
            committees.updateRules(conventionId, rules.value());
            rules.set(committees.rules(conventionId));
        }));
    }

    /** A part of the settings with its own Save button and its own error line. */
    private Div card(String id, String titleKey, Component editor, Runnable save) {
        Paragraph error = new Paragraph();
        error.setId(id + "-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        Button button = new Button(getTranslation("settings.save"), e -> {
            try {
                save.run();
                error.setText("");
                Notifications.success("settings.saved");
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        button.setId(id + "-save");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H3(getTranslation(titleKey)), editor, error, button);
        box.setId(id);
        box.addClassName("ctg-card");
        box.setWidthFull();
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
