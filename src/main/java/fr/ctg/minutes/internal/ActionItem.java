package fr.ctg.minutes.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.minutes.ActionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something to do decided in a meeting: what, who (a member or a named person), by when. */
@Entity
@Table(name = "action_item")
public class ActionItem extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "section_id", nullable = false)
    private Long sectionId;

    @Column(nullable = false, length = 500)
    private String what;

    @Column(name = "owner_account_id")
    private Long ownerAccountId;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "objective_id")
    private Long objectiveId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "due_notice_for")
    private LocalDate dueNoticeFor;

    @Column(name = "deadline_id")
    private Long deadlineId;

    protected ActionItem() {
    }

    public ActionItem(Long conventionId, Long committeeId, Long minutesId, Long sectionId, String what,
                      Long ownerAccountId, String ownerName, LocalDate dueDate, Long objectiveId) {
        this.conventionId = conventionId;
        this.committeeId = committeeId;
        this.minutesId = minutesId;
        this.sectionId = sectionId;
        this.what = what;
        this.ownerAccountId = ownerAccountId;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.objectiveId = objectiveId;
    }

    /** Whether its owner was already told of this due date. */
    public boolean dueNoticed() {
        return dueDate.equals(dueNoticeFor);
    }

    public void markDueNoticed() {
        this.dueNoticeFor = dueDate;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public void setDeadlineId(Long deadlineId) {
        this.deadlineId = deadlineId;
    }

    public Long getConventionId() { return conventionId; }
    public Long getCommitteeId() { return committeeId; }
    public Long getMinutesId() { return minutesId; }
    public Long getSectionId() { return sectionId; }
    public String getWhat() { return what; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public String getOwnerName() { return ownerName; }
    public LocalDate getDueDate() { return dueDate; }
    public Long getObjectiveId() { return objectiveId; }
    public ActionStatus getStatus() { return status; }
    public Long getDeadlineId() { return deadlineId; }
}
