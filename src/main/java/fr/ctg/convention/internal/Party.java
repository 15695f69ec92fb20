package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.base.PartyKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A signatory party of the convention (the Caf, the communauté de communes, a town...). */
@Entity
@Audited
@AuditOverride(forClass = AbstractEntity.class)
@Table(name = "party")
public class Party extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false)
    private Convention convention;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private PartyKind kind;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "short_name", nullable = false, length = 100)
    private String shortName;

    @Column(name = "address", length = 500)
    private String address;

    @NotAudited
    @Column(name = "logo_path", length = 300)
    private String logoPath;

    @NotAudited
    @Column(name = "logo_id")
    private Long logoId;

    @NotAudited
    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Signatory> signatories = new ArrayList<>();

    protected Party() {
    }

    public Party(Convention convention, int position, PartyKind kind, String name, String shortName, String address, String logoPath) {
        this.convention = convention;
        this.position = position;
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
        this.address = address;
        this.logoPath = logoPath;
    }

    public Convention getConvention() {
        return convention;
    }

    public int getPosition() {
        return position;
    }

    public PartyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAddress() {
        return address;
    }

    public String getLogoPath() {
        return logoPath;
    }

    public List<Signatory> getSignatories() {
        return signatories;
    }

    public Long getLogoId() {
        return logoId;
    }

    public void update(PartyKind kind, String name, String shortName, String address) {
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
        this.address = address;
    }

    public void setLogoId(Long logoId) {
        this.logoId = logoId;
    }

    public void setLogoPath(String logoPath) {
        this.logoPath = logoPath;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
