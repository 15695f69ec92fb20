package fr.ctg.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ctg.convention.ConventionOverview;

/** The parties with their address and signatories. */
class PartiesCard extends Div {

    PartiesCard(ConventionOverview o) {
        addClassName("ctg-card");
        setId("card-parties");
        add(DashboardView.cardTitle(this, "dashboard.parties.title"));
        for (ConventionOverview.PartyRow party : o.parties()) {
            add(new H4(party.name()));
            if (party.address() != null) {
                add(new Paragraph(party.address()));
            }
            UnorderedList signatories = new UnorderedList();
            for (ConventionOverview.SignatoryRow s : party.signatories()) {
                String text = s.fullName() + ", " + s.capacity()
                        + (s.authorisation() == null ? "" : " — " + s.authorisation());
                signatories.add(new ListItem(text));
            }
            add(signatories);
        }
    }
}
