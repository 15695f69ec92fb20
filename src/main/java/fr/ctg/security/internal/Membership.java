package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.security.Committee;
import fr.ctg.security.CommitteeSeat;
import fr.ctg.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's place in one convention: their roles, the committee seats they hold (Article 6: for which party,
 * permanent or consultative) and the thematic groups they work in. The convention and the groups are referenced by
 * id: the security feature does not depend on the convention feature.
 */
@Entity
@Table(name = "membership")
public class Membership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "membership_role", joinColumns = @JoinColumn(name = "membership_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 40)
    @Fetch(FetchMode.SUBSELECT)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "committee_seat", joinColumns = @JoinColumn(name = "membership_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<SeatEntry> seats = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "membership_group", joinColumns = @JoinColumn(name = "membership_id"))
    @Column(name = "thematic_group_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private Set<Long> groupIds = new HashSet<>();

    protected Membership() {
    }

    public Membership(Account account, Long conventionId) {
        this.account = account;
        this.conventionId = conventionId;
    }

    public Account getAccount() {
        return account;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Seats in committee order. */
    public List<CommitteeSeat> getSeats() {
        return seats.stream().map(SeatEntry::toSeat).sorted(Comparator.comparing(CommitteeSeat::committee)).toList();
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    /** Replaces roles, seats and groups (one seat per committee). */
    public void set(Collection<Role> newRoles, Collection<CommitteeSeat> newSeats, Collection<Long> newGroups) {
        roles.clear();
        roles.addAll(newRoles);
        seats.clear();
        Set<Committee> seen = EnumSet.noneOf(Committee.class);
        for (CommitteeSeat s : newSeats) {
            if (seen.add(s.committee())) {
                seats.add(new SeatEntry(s));
            }
        }
        groupIds.clear();
        groupIds.addAll(new LinkedHashSet<>(newGroups));
    }

    /** Adds a role and, if given, a seat (an existing seat in that committee is kept). */
    public void add(Role role, CommitteeSeat seat) {
        roles.add(role);
        if (seat != null && seats.stream().noneMatch(s -> s.getCommittee() == seat.committee())) {
            seats.add(new SeatEntry(seat));
        }
    }
}
