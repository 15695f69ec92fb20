package fr.ctg.security;

import fr.ctg.base.PartyKind;

/**
 * A seat in one of the convention's committees (Article 6): the committee, the party the member sits for (the Caf,
 * the territory; none for a person resource) and whether the seat is permanent or consultative.
 */
public record CommitteeSeat(Committee committee, PartyKind party, Seat seat) {

    public CommitteeSeat {
        if (committee == null || seat == null) {
            throw new IllegalArgumentException("a seat needs its committee and its kind");
        }
    }
}
