package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.RenewalMode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A Convention Territoriale Globale between a Caf and a territory (Article 10 for the dates). */
@Entity
@Audited
@AuditOverride(forClass = AbstractEntity.class)
@Table(name = "convention")
public class Convention extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String territory;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RenewalMode renewal;

    @Column(name = "notice_months", nullable = false)
    private int noticeMonths;

    @Column(name = "notice_form", length = 300)
    private String noticeForm;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ConventionStatus status;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "caf_id", nullable = false)
    private Long cafId;

    @Column(name = "renewed_from_id")
    private Long renewedFromId;

    @NotAudited
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Party> parties = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LegalBasis> legalBases = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Article> articles = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Annex> annexes = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FieldOfIntervention> fields = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ThematicGroup> thematicGroups = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TerritoryFigure> figures = new ArrayList<>();

    protected Convention() {
    }

    public Convention(Long cafId, String code, String title, String territory, LocalDate signedOn, LocalDate startDate,
                      LocalDate endDate, RenewalMode renewal, int noticeMonths, String noticeForm,
                      ConventionStatus status, boolean demo) {
        this.cafId = cafId;
        this.code = code;
        this.title = title;
        this.territory = territory;
        this.signedOn = signedOn;
        this.startDate = startDate;
        this.endDate = endDate;
        this.renewal = renewal;
        this.noticeMonths = noticeMonths;
        this.noticeForm = noticeForm;
        this.status = status;
        this.demo = demo;
    }

    public Long getCafId() { return cafId; }
    public Long getRenewedFromId() { return renewedFromId; }

    /** This convention renews another one (Article 10). */
    public void renews(long previousId) {
        this.renewedFromId = previousId;
    }

    /** A step of the convention's course (Article 10): its status and, when signed, the day. */
    public void moveTo(ConventionStatus status, LocalDate signedOn) {
        this.status = status;
        if (signedOn != null) {
            this.signedOn = signedOn;
        }
    }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getTerritory() { return territory; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public RenewalMode getRenewal() { return renewal; }
    public int getNoticeMonths() { return noticeMonths; }
    public String getNoticeForm() { return noticeForm; }
    public ConventionStatus getStatus() { return status; }
    public boolean isDemo() { return demo; }
    public List<Party> getParties() { return parties; }
    public List<LegalBasis> getLegalBases() { return legalBases; }
    public List<Article> getArticles() { return articles; }
    public List<Annex> getAnnexes() { return annexes; }
    public List<FieldOfIntervention> getFields() { return fields; }
    public List<ThematicGroup> getThematicGroups() { return thematicGroups; }
    public List<TerritoryFigure> getFigures() { return figures; }

    /** Article 10 and the convention's identity, as its administrators edit them. */
    public void updateTerms(String title, String territory, LocalDate signedOn, LocalDate startDate, LocalDate endDate,
                            RenewalMode renewal, int noticeMonths, String noticeForm, ConventionStatus status) {
        this.title = title;
        this.territory = territory;
        this.signedOn = signedOn;
        this.startDate = startDate;
        this.endDate = endDate;
        this.renewal = renewal;
        this.noticeMonths = noticeMonths;
        this.noticeForm = noticeForm;
        this.status = status;
    }
}
