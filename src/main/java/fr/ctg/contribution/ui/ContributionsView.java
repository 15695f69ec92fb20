package fr.ctg.contribution.ui;

import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.contribution.CallDetails;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/**
 * "Contributions": for referents and the secretariat, the partner organisations, their invitations and the calls
 * (each with its answers); for a contributor, only the calls addressed to its organisation.
 */
@Route("contributions")
@Menu(order = 8, icon = "vaadin:comments-o", title = "nav.contributions")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.EVALUATION_REFERENT, Role.ASSOCIATION})
class ContributionsView extends VerticalLayout implements HasDynamicTitle {

    private final ContributionUiServices services;
    private final long conventionId;
    private final boolean staff;
    private final Div callsBox = new Div();

    ContributionsView(CurrentConvention currentConvention, ContributionUiServices services) {
        this.services = services;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        this.staff = currentConvention.roles().stream()
                .anyMatch(r -> r == Role.ADMIN || r == Role.SECRETARIAT || r == Role.EVALUATION_REFERENT);
        add(new H2(getTranslation("contribution.heading")));
        callsBox.setId("contribution-calls");
        if (staff) {
            Button create = new Button(getTranslation("contribution.call.new"),
                    e -> new CallDialog(services, conventionId, this::refresh).open());
            create.setId("call-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create, callsBox, new PartnersPanel(services, conventionId));
        } else {
            add(new Paragraph(getTranslation("contribution.contributor.help")), callsBox);
        }
        refresh();
    }

    private void refresh() {
        callsBox.removeAll();
        callsBox.add(new H3(getTranslation("contribution.calls")));
        var list = services.calls().calls(conventionId);
        if (list.isEmpty()) {
            callsBox.add(new Paragraph(getTranslation("contribution.calls.none")));
            return;
        }
        LocalDate today = LocalDate.now(services.clock());
        UnorderedList ul = new UnorderedList();
        for (CallDetails c : list) {
            String state = getTranslation(c.open(today) ? "contribution.call.open"
                    : today.isBefore(c.opensOn()) ? "contribution.call.upcoming" : "contribution.call.closed");
            ul.add(new ListItem(new RouterLink(c.title(), staff ? CallReviewView.class : ContributeView.class,
                    new RouteParameters("callId", String.valueOf(c.id()))), new Span(" — " + state + " — "
                    + getTranslation("contribution.call.dates", Formats.date(c.opensOn(), getLocale()),
                    Formats.date(c.closesOn(), getLocale())))));
        }
        callsBox.add(ul);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.title");
    }
}
