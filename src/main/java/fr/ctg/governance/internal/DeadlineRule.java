package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.security.Committee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rule deriving a deadline from a committee's meeting date: so many months and days before (Annexe 3). */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "trigger_committee", nullable = false, length = 40)
    private Committee trigger;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 40)
    private DeadlineKind kind;

    @Column(name = "offset_months", nullable = false)
    private int offsetMonths;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    protected DeadlineRule() {
    }

    public DeadlineRule(Long conventionId, Committee trigger, DeadlineKind kind, int offsetMonths, int offsetDays) {
        this.conventionId = conventionId;
        this.trigger = trigger;
        this.kind = kind;
        this.offsetMonths = offsetMonths;
        this.offsetDays = offsetDays;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Committee getTrigger() {
        return trigger;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public int getOffsetMonths() {
        return offsetMonths;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public void update(Committee trigger, DeadlineKind kind, int offsetMonths, int offsetDays) {
        this.trigger = trigger;
        this.kind = kind;
        this.offsetMonths = offsetMonths;
        this.offsetDays = offsetDays;
    }
}
