package fr.ctg.contribution.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which organisation a partner invitation (the security feature's invitation) is for. */
@Entity
@Table(name = "partner_invitation")
public class PartnerInvitation {

    @Id
    @Column(name = "invitation_id")
    private Long invitationId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    protected PartnerInvitation() {
    }

    public PartnerInvitation(Long invitationId, Long organisationId) {
        this.invitationId = invitationId;
        this.organisationId = organisationId;
    }

    public Long getInvitationId() { return invitationId; }
    public Long getOrganisationId() { return organisationId; }
}
