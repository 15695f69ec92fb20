package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Caisse d'allocations familiales: the tenant that owns its conventions (about 16 per Caf). */
@Entity
@Table(name = "caf")
public class Caf extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 50)
    private String code;
    @Column(nullable = false, unique = true, length = 200)
    private String name;
    @Column(nullable = false, length = 100)
    private String departement;
    @Column(length = 500)
    private String address;
    @Column(name = "logo_id")
    private Long logoId;
    @Column(name = "logo_path", length = 300)
    private String logoPath;

    protected Caf() {
    }

    public Caf(String code, String name, String departement, String address) {
        this.code = code;
        this.name = name;
        this.departement = departement;
        this.address = address;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getDepartement() { return departement; }
    public String getAddress() { return address; }
    public Long getLogoId() { return logoId; }
    public String getLogoPath() { return logoPath; }

    public void update(String name, String departement, String address) {
        this.name = name;
        this.departement = departement;
        this.address = address;
    }

    public void setLogoId(Long logoId) {
        this.logoId = logoId;
    }

    public void setLogoPath(String logoPath) {
        this.logoPath = logoPath;
    }
}
