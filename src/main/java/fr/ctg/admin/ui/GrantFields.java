package fr.ctg.admin.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.security.Committee;
import fr.ctg.security.CommitteeSeat;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a member holds in a convention, as the administrators choose it: roles, a seat in each standing committee
 * (none, permanent or consultative, and the party it is held for) and thematic groups.
 */
class GrantFields extends Div {

    static final List<Committee> STANDING = List.of(Committee.COMITE_PILOTAGE, Committee.COMITE_SUIVI,
            Committee.COMITE_SUIVI_EVALUATION);

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Map<Committee, Select<Optional<Seat>>> seats = new EnumMap<>(Committee.class);
    private final Map<Committee, Select<Optional<PartyKind>>> parties = new EnumMap<>(Committee.class);
    private final MultiSelectComboBox<ThematicGroupRef> groups = new MultiSelectComboBox<>();
    private final List<ThematicGroupRef> allGroups;

    GrantFields(List<ThematicGroupRef> allGroups, boolean association) {
        this.allGroups = allGroups;
        roles.setLabel(getTranslation("grant.roles"));
        roles.setId("grant-roles");
        roles.setItems(Arrays.stream(Role.values()).filter(r -> association == (r == Role.ASSOCIATION)).toList());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        // Not setRequiredIndicatorVisible: it puts aria-required on a role="group" element, which axe-core refuses.
        roles.setHelperText(getTranslation("grant.roles.helper"));
        add(roles, new H4(getTranslation("grant.seats")));
        for (Committee c : STANDING) {
            Select<Optional<Seat>> seat = new Select<>();
            seat.setLabel(getTranslation(c.labelKey()));
            seat.setId("grant-seat-" + c.name());
            seat.setItems(Optional.empty(), Optional.of(Seat.PERMANENT), Optional.of(Seat.CONSULTATIVE));
            seat.setItemLabelGenerator(o -> o.map(s -> getTranslation(s.labelKey())).orElse(getTranslation("grant.noSeat")));
            seat.setValue(Optional.empty());
            Select<Optional<PartyKind>> party = new Select<>();
            party.setLabel(getTranslation("grant.party"));
            party.setId("grant-party-" + c.name());
            List<Optional<PartyKind>> kinds = new ArrayList<>();
            kinds.add(Optional.empty());
            Arrays.stream(PartyKind.values()).forEach(k -> kinds.add(Optional.of(k)));
            party.setItems(kinds);
            party.setItemLabelGenerator(o -> o.map(k -> getTranslation(k.labelKey())).orElse(getTranslation("grant.noParty")));
            party.setValue(Optional.empty());
            party.setEnabled(false);
            seat.addValueChangeListener(e -> party.setEnabled(e.getValue().isPresent()));
            seats.put(c, seat);
            parties.put(c, party);
            HorizontalLayout row = new HorizontalLayout(seat, party);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
        groups.setLabel(getTranslation("grant.groups"));
        groups.setId("grant-groups");
        groups.setItems(allGroups);
        groups.setItemLabelGenerator(ThematicGroupRef::name);
        groups.setWidthFull();
        add(groups);
    }

    void set(Set<Role> held, List<CommitteeSeat> heldSeats, Set<Long> groupIds) {
        roles.setValue(held.isEmpty() ? Set.of() : EnumSet.copyOf(held));
        for (CommitteeSeat s : heldSeats) {
            if (seats.containsKey(s.committee())) {
                seats.get(s.committee()).setValue(Optional.of(s.seat()));
                parties.get(s.committee()).setValue(Optional.ofNullable(s.party()));
            }
        }
        groups.setValue(allGroups.stream().filter(g -> groupIds.contains(g.id())).collect(Collectors.toSet()));
    }

    Set<Role> roles() {
        return roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
    }

    List<CommitteeSeat> seats() {
        List<CommitteeSeat> chosen = new ArrayList<>();
        for (Committee c : STANDING) {
            seats.get(c).getValue().ifPresent(s -> chosen.add(new CommitteeSeat(c, parties.get(c).getValue().orElse(null), s)));
        }
        return chosen;
    }

    Set<Long> groupIds() {
        return groups.getValue().stream().map(ThematicGroupRef::id).collect(Collectors.toSet());
    }
}
