package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.PhoneCards;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.InvitationRow;
import fr.ctg.security.MemberRow;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The members of the current convention, for its administrators: invite (one or from a CSV file), change roles,
 * seats and groups, revoke, disable an account; pending invitations to send again or revoke; CSV export.
 */
@Route("administration/membres")
@Menu(order = 20, icon = "vaadin:users", title = "nav.members")
@PermitAll
@ConventionRoles(Role.ADMIN)
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MembersServices services;
    private final long conventionId;
    private final List<ThematicGroupRef> groups;
    private final Grid<MemberRow> members = new Grid<>();
    private final Grid<InvitationRow> invitations = new Grid<>();

    MembersView(MembersServices services) {
        this.services = services;
        this.conventionId = services.currentConvention().id().orElseThrow(NotFoundException::new);
        this.groups = services.conventions().thematicGroups(conventionId);
        Map<Long, String> groupNames = groups.stream().collect(Collectors.toMap(ThematicGroupRef::id, ThematicGroupRef::name));
        Button invite = new Button(getTranslation("members.invite"),
                e -> new InviteDialog(services.invitations(), conventionId, groups, this::refresh).open());
        invite.setId("members-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bulk = new Button(getTranslation("members.bulk"), e -> new BulkInviteDialog(services, conventionId,
                this::refresh).open());
        bulk.setId("members-bulk");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] csv = services.memberships().exportCsv(conventionId, ';', key -> getTranslation(key));
            return new DownloadResponse(new ByteArrayInputStream(csv), "membres.csv", "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("members.export"));
        export.setId("members-export");
        HorizontalLayout actions = new HorizontalLayout(invite, bulk, export);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);

        members.setId("members-grid");
        members.addColumn(MemberRow::displayName).setHeader(getTranslation("members.col.name")).setSortable(true)
                .setAutoWidth(true);
        members.addColumn(m -> m.email() == null ? "" : m.email()).setHeader(getTranslation("members.col.email"))
                .setAutoWidth(true);
        members.addColumn(this::rolesText).setHeader(getTranslation("members.col.roles")).setFlexGrow(2);
        members.addColumn(this::seatsText).setHeader(getTranslation("members.col.seats")).setFlexGrow(2);
        members.addColumn(m -> groupsText(m, groupNames)).setHeader(getTranslation("members.col.groups"))
                .setFlexGrow(1);
        members.addComponentColumn(this::state).setHeader(getTranslation("member.col.state")).setAutoWidth(true);
        members.addComponentColumn(this::actions).setHeader(getTranslation("members.col.actions")).setAutoWidth(true)
                .setKey("actions");
        PhoneCards.apply(members, getTranslation("members.col.name"), m -> {
            Div card = PhoneCards.card(new Span(m.displayName()), m.email(), rolesText(m), seatsText(m),
                    groupsText(m, groupNames));
            card.add(state(m), PhoneCards.cardCopy(actions(m)));
            return card;
        });
        members.setAllRowsVisible(true);

        invitations.setId("invitations-grid");
        invitations.addColumn(InvitationRow::email).setHeader(getTranslation("members.col.email")).setAutoWidth(true);
        invitations.addColumn(i -> i.displayName() == null ? "" : i.displayName()).setHeader(getTranslation("members.col.name"));
        invitations.addColumn(i -> i.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("members.col.roles")).setFlexGrow(2);
        invitations.addColumn(i -> date(i.sentAt())).setHeader(getTranslation("invitations.col.sent"));
        invitations.addColumn(i -> date(i.expiresAt())).setHeader(getTranslation("invitations.col.expires"));
        invitations.addColumn(i -> getTranslation(i.status().labelKey())).setHeader(getTranslation("invitations.col.status"));
        invitations.addComponentColumn(this::invitationActions).setHeader(getTranslation("members.col.actions"))
                .setAutoWidth(true);
        PhoneCards.apply(invitations, getTranslation("members.col.email"), i -> {
            Div card = PhoneCards.card(new Span(i.email()), i.displayName(), i.roles().stream().sorted()
                    .map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", ")),
                    getTranslation("invitations.col.sent") + " : " + date(i.sentAt()) + " · "
                            + getTranslation(i.status().labelKey()));
            card.add(PhoneCards.cardCopy(invitationActions(i)));
            return card;
        });
        invitations.setAllRowsVisible(true);

        add(new H2(getTranslation("members.heading")), new Paragraph(getTranslation("members.intro")), actions,
                members, new H3(getTranslation("invitations.heading")), invitations);
        refresh();
    }

    private void refresh() {
        members.setItems(services.memberships().members(conventionId));
        invitations.setItems(services.invitations().invitations(conventionId));
    }

    private String rolesText(MemberRow m) {
        return m.roles().stream().sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "));
    }

    private String seatsText(MemberRow m) {
        return m.seats().stream().map(s -> getTranslation(s.committee().labelKey())
                        + (s.party() == null ? "" : " · " + getTranslation(s.party().labelKey()))
                        + " · " + getTranslation("seat.short." + s.seat().name()))
                .collect(Collectors.joining(" ; "));
    }

    private static String groupsText(MemberRow m, Map<Long, String> groupNames) {
        return m.thematicGroupIds().stream().map(groupNames::get).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private Span state(MemberRow m) {
        Span s = new Span(getTranslation(m.enabled() ? "member.state.active" : "member.state.disabled"));
        s.getElement().getThemeList().add(m.enabled() ? "badge success" : "badge error");
        return s;
    }

    private HorizontalLayout actions(MemberRow m) {
        Button edit = new Button(getTranslation("members.edit"), e -> new MemberDialog(services, conventionId, m, groups,
                this::refresh).open());
        edit.setId("member-edit-" + m.accountId());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("members.edit.aria", m.displayName()));
        HorizontalLayout row = new HorizontalLayout(edit);
        if (services.accountAdministration().manages(m.accountId())) {
            Button account = new Button(getTranslation(m.enabled() ? "members.disable" : "members.enable"),
                    e -> accountAction(m));
            account.setId("member-account-" + m.accountId());
            account.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            account.setAriaLabel(getTranslation(m.enabled() ? "members.disable.aria" : "members.enable.aria",
                    m.displayName()));
            row.add(account);
        }
        return row;
    }

    private void accountAction(MemberRow m) {
        if (!m.enabled()) {
            run(() -> services.accountAdministration().enable(m.accountId()), "members.enabled", m.displayName());
            return;
        }
        new ConfirmDialog("disable-dialog", getTranslation("members.disable"),
                getTranslation("members.disable.question", m.displayName()), getTranslation("members.disable"),
                () -> services.accountAdministration().disable(m.accountId()), () -> {
                    Notifications.success("members.disabled", m.displayName());
                    refresh();
                }).open();
    }

    private HorizontalLayout invitationActions(InvitationRow i) {
        HorizontalLayout row = new HorizontalLayout();
        if (i.status() == InvitationRow.Status.PENDING || i.status() == InvitationRow.Status.EXPIRED) {
            Button resend = new Button(getTranslation("invitation.resend"),
                    e -> run(() -> services.invitations().resend(i.id()), "invite.sent", i.email()));
            resend.setId("invitation-resend-" + i.id());
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(resend);
        }
        if (i.status() == InvitationRow.Status.PENDING) {
            Button revoke = new Button(getTranslation("invitation.revoke"),
                    e -> run(() -> services.invitations().revoke(i.id()), "invitation.revoked", i.email()));
            revoke.setId("invitation-revoke-" + i.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(revoke);
        }
        return row;
    }

    private void run(Runnable action, String successKey, String who) {
        try {
            action.run();
            Notifications.success(successKey, who);
            refresh();
        } catch (BusinessRuleException ex) {
            Notifications.error(ex);
        }
    }

    private String date(Instant at) {
        return at == null ? "—" : Formats.date(at.atZone(PARIS).toLocalDate(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
