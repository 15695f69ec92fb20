package fr.ctg.contribution.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The organisation an ASSOCIATION account contributes for. */
@Entity
@Table(name = "contributor")
public class Contributor {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    protected Contributor() {
    }

    public Contributor(Long accountId, Long organisationId) {
        this.accountId = accountId;
        this.organisationId = organisationId;
    }

    public Long getAccountId() { return accountId; }
    public Long getOrganisationId() { return organisationId; }
}
