package fr.ctg.exchange.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.exchange.ExchangeDecision;
import fr.ctg.exchange.ExchangeRequest;
import fr.ctg.exchange.ExchangeStudy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One data-exchange request of the register (Article 7). */
@Entity
@Table(name = "data_exchange")
public class DataExchange extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private long conventionId;
    @Column(nullable = false)
    private int number;
    @Column(name = "requesting_party_id", nullable = false)
    private long requestingPartyId;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(name = "data_categories", nullable = false, columnDefinition = "TEXT")
    private String dataCategories;
    @Column(nullable = false, columnDefinition = "TEXT")
    private String purpose;
    @Column(name = "legal_basis", columnDefinition = "TEXT")
    private String legalBasis;
    @Column(name = "personal_data", nullable = false)
    private boolean personalData;
    @Column(columnDefinition = "TEXT")
    private String recipients;
    @Column(length = 300)
    private String retention;
    @Column(name = "cnil_formalities", columnDefinition = "TEXT")
    private String cnilFormalities;
    @Column(name = "opportunity_text", columnDefinition = "TEXT")
    private String opportunityText;
    @Column(name = "opportunity_favourable")
    private Boolean opportunityFavourable;
    @Column(name = "opportunity_on")
    private LocalDate opportunityOn;
    @Column(name = "opportunity_by", length = 200)
    private String opportunityBy;
    @Column(name = "feasibility_text", columnDefinition = "TEXT")
    private String feasibilityText;
    @Column(name = "feasibility_favourable")
    private Boolean feasibilityFavourable;
    @Column(name = "feasibility_on")
    private LocalDate feasibilityOn;
    @Column(name = "feasibility_by", length = 200)
    private String feasibilityBy;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private ExchangeDecision decision;
    @Column(name = "decision_conditions", columnDefinition = "TEXT")
    private String conditions;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "start_on")
    private LocalDate startOn;
    @Column(name = "end_on")
    private LocalDate endOn;

    protected DataExchange() {
    }

    public DataExchange(long conventionId, int number, ExchangeRequest r) {
        this.conventionId = conventionId;
        this.number = number;
        this.requestingPartyId = r.requestingPartyId();
        this.title = r.title();
        this.dataCategories = r.dataCategories();
        this.purpose = r.purpose();
        this.legalBasis = r.legalBasis();
        this.personalData = r.personalData();
        this.recipients = r.recipients();
        this.retention = r.retention();
        this.cnilFormalities = r.cnilFormalities();
    }

    public void opportunity(ExchangeStudy s) {
        opportunityText = s.text();
        opportunityFavourable = s.favourable();
        opportunityOn = s.on();
        opportunityBy = s.by();
    }

    public void feasibility(ExchangeStudy s) {
        feasibilityText = s.text();
        feasibilityFavourable = s.favourable();
        feasibilityOn = s.on();
        feasibilityBy = s.by();
    }

    public void decide(ExchangeDecision decision, String conditions, LocalDate on, LocalDate start, LocalDate end) {
        this.decision = decision;
        this.conditions = conditions;
        this.decidedOn = on;
        this.startOn = start;
        this.endOn = end;
    }

    public long getConventionId() { return conventionId; }
    public int getNumber() { return number; }
    public long getRequestingPartyId() { return requestingPartyId; }
    public ExchangeRequest getRequest() {
        return new ExchangeRequest(requestingPartyId, title, dataCategories, purpose, legalBasis, personalData,
                recipients, retention, cnilFormalities);
    }
    public ExchangeStudy getOpportunity() {
        return opportunityOn == null ? null
                : new ExchangeStudy(opportunityText, opportunityFavourable, opportunityOn, opportunityBy);
    }
    public ExchangeStudy getFeasibility() {
        return feasibilityOn == null ? null
                : new ExchangeStudy(feasibilityText, feasibilityFavourable, feasibilityOn, feasibilityBy);
    }
    public ExchangeDecision getDecision() { return decision; }
    public String getConditions() { return conditions; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getStartOn() { return startOn; }
    public LocalDate getEndOn() { return endOn; }
    public String getTitle() { return title; }
}
