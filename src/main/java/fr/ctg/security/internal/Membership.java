package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.security.Committee;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person's place in one convention: a role, and optionally the committee they sit in and how
 * (permanent or consultative, Article 6). The convention is referenced by id: the security feature
 * does not depend on the convention feature.
 */
@Entity
@Table(name = "membership")
public class Membership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private Role role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    private Committee committee;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Seat seat;

    protected Membership() {
    }

    public Membership(Account account, Long conventionId, Role role, Committee committee, Seat seat) {
        this.account = account;
        this.conventionId = conventionId;
        this.role = role;
        this.committee = committee;
        this.seat = seat;
    }

    public Account getAccount() {
        return account;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Role getRole() {
        return role;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Seat getSeat() {
        return seat;
    }
}
