package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.governance.SecretariatParty;
import fr.ctg.security.Committee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A committee of a convention (COPIL, comité de suivi, evaluation committee, thematic group). */
@Entity
@Table(name = "committee")
public class CommitteeEntity extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 40)
    private Committee kind;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "thematic_group_id")
    private Long thematicGroupId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "secretariat", nullable = false, length = 20)
    private SecretariatParty secretariat;

    @Column(name = "chair_account_id")
    private Long chairAccountId;

    @Column(name = "quorum_percent")
    private Integer quorumPercent;

    @Column(name = "max_proxies", nullable = false)
    private int maxProxies = 1;

    protected CommitteeEntity() {
    }

    public CommitteeEntity(Long conventionId, Committee kind, String name, Long thematicGroupId, SecretariatParty secretariat) {
        this.conventionId = conventionId;
        this.kind = kind;
        this.name = name;
        this.thematicGroupId = thematicGroupId;
        this.secretariat = secretariat;
    }

    public void setChairAccountId(Long chairAccountId) {
        this.chairAccountId = chairAccountId;
    }

    public Long getChairAccountId() {
        return chairAccountId;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Committee getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Long getThematicGroupId() {
        return thematicGroupId;
    }

    public SecretariatParty getSecretariat() {
        return secretariat;
    }

    public Integer getQuorumPercent() {
        return quorumPercent;
    }

    public int getMaxProxies() {
        return maxProxies;
    }

    public void setConvocationRules(Integer quorumPercent, int maxProxies) {
        this.quorumPercent = quorumPercent;
        this.maxProxies = maxProxies;
    }

    public void update(String name, SecretariatParty secretariat) {
        this.name = name;
        this.secretariat = secretariat;
    }
}
