package fr.ctg.security.internal;

import fr.ctg.base.PartyKind;
import fr.ctg.security.Committee;
import fr.ctg.security.CommitteeSeat;
import fr.ctg.security.Seat;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A committee seat as stored with a membership or an invitation. */
@Embeddable
public class SeatEntry {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "committee", nullable = false, length = 40)
    private Committee committee;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "party", length = 20)
    private PartyKind party;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "seat", nullable = false, length = 20)
    private Seat seat;

    protected SeatEntry() {
    }

    public SeatEntry(CommitteeSeat s) {
        this.committee = s.committee();
        this.party = s.party();
        this.seat = s.seat();
    }

    public CommitteeSeat toSeat() {
        return new CommitteeSeat(committee, party, seat);
    }

    public Committee getCommittee() {
        return committee;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeatEntry other && committee == other.committee && party == other.party && seat == other.seat;
    }

    @Override
    public int hashCode() {
        return Objects.hash(committee, party, seat);
    }
}
