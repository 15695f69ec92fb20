package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.security.MemberRow;
import fr.ctg.security.MembershipChange;
import fr.ctg.security.Role;
import java.util.List;

/** A member's roles, seats and groups as an administrator changes them; revoking the membership from here. */
class MemberDialog extends Dialog {

    MemberDialog(MembersServices services, long conventionId, MemberRow member, List<ThematicGroupRef> groups,
                 Runnable onChange) {
        setId("member-dialog");
        setHeaderTitle(member.displayName());
        setWidth("min(44rem, 96vw)");
        GrantFields grant = new GrantFields(groups, member.roles().contains(Role.ASSOCIATION));
        grant.set(member.roles(), member.seats(), member.thematicGroupIds());
        Paragraph error = new Paragraph();
        error.setId("member-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        add(new Paragraph(member.email() == null ? member.username() : member.email()), grant, error);
        Button save = new Button(getTranslation("member.save"), e -> {
            try {
                services.memberships().change(conventionId, member.accountId(),
                        new MembershipChange(grant.roles(), grant.seats(), grant.groupIds()));
                Notifications.success("member.saved");
                close();
                onChange.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button revoke = new Button(getTranslation("member.revoke"), e -> new ConfirmDialog("revoke-dialog",
                getTranslation("member.revoke"), getTranslation("member.revoke.question", member.displayName()),
                getTranslation("member.revoke.confirm"),
                () -> services.memberships().revoke(conventionId, member.accountId()), () -> {
                    Notifications.success("member.revoked", member.displayName());
                    close();
                    onChange.run();
                }).open());
        revoke.setId("member-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(revoke, new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
