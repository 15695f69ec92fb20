package fr.ctg.security.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.security.CommitteeSeat;
import fr.ctg.security.InvitationKind;
import fr.ctg.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A single-use invitation sent by e-mail; only the SHA-256 of its secret is kept. It carries what it grants (roles,
 * seats and groups in a convention, or the administration of a Caf) until it is accepted, revoked or expires.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private InvitationKind kind;
    @Column(name = "convention_id")
    private Long conventionId;
    @Column(name = "caf_id")
    private Long cafId;
    @Column(nullable = false, length = 200)
    private String email;
    @Column(name = "display_name", length = 200)
    private String displayName;
    @Column(nullable = false, length = 5)
    private String language;
    @Column(name = "token_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String tokenSha256;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "invited_by_account_id")
    private Long invitedByAccountId;
    @Column(name = "invited_by_name", length = 200)
    private String invitedByName;
    @Column(name = "accepted_account_id")
    private Long acceptedAccountId;
    @Column(name = "context_label", length = 200)
    private String contextLabel;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invitation_role", joinColumns = @JoinColumn(name = "invitation_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 40)
    @Fetch(FetchMode.SUBSELECT)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invitation_seat", joinColumns = @JoinColumn(name = "invitation_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<SeatEntry> seats = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invitation_group", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "thematic_group_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    private Set<Long> groupIds = new HashSet<>();

    protected Invitation() {
    }

    public Invitation(InvitationKind kind, Long conventionId, Long cafId, String email, String displayName,
                      String language, String tokenSha256, Instant sentAt, Instant expiresAt, Long invitedByAccountId,
                      String invitedByName, String contextLabel) {
        this.kind = kind;
        this.conventionId = conventionId;
        this.cafId = cafId;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.tokenSha256 = tokenSha256;
        this.sentAt = sentAt;
        this.expiresAt = expiresAt;
        this.invitedByAccountId = invitedByAccountId;
        this.invitedByName = invitedByName;
        this.contextLabel = contextLabel;
    }

    public void grant(Collection<Role> newRoles, Collection<CommitteeSeat> newSeats, Collection<Long> newGroups) {
        roles.clear();
        roles.addAll(newRoles);
        seats.clear();
        newSeats.forEach(s -> seats.add(new SeatEntry(s)));
        groupIds.clear();
        groupIds.addAll(newGroups);
    }

    /** Sent again: a new secret, a new validity period. */
    public void renew(String newTokenSha256, Instant at, Instant newExpiry) {
        this.tokenSha256 = newTokenSha256;
        this.sentAt = at;
        this.expiresAt = newExpiry;
    }

    public void use(Instant at, long accountId) {
        this.usedAt = at;
        this.acceptedAccountId = accountId;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public InvitationKind getKind() { return kind; }
    public Long getConventionId() { return conventionId; }
    public Long getCafId() { return cafId; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getLanguage() { return language; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public Long getInvitedByAccountId() { return invitedByAccountId; }
    public String getInvitedByName() { return invitedByName; }
    public Long getAcceptedAccountId() { return acceptedAccountId; }
    public String getContextLabel() { return contextLabel; }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public List<CommitteeSeat> getSeats() {
        return seats.stream().map(SeatEntry::toSeat).sorted(Comparator.comparing(CommitteeSeat::committee)).toList();
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    public boolean isPending(Instant now) {
        return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }
}
