package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.governance.AttendanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member's attendance at a meeting. */
@Entity
@Table(name = "attendance")
public class Attendance extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(name = "proxy_account_id")
    private Long proxyAccountId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Attendance() {
    }

    public Attendance(Long meetingId, Long accountId) {
        this.meetingId = meetingId;
        this.accountId = accountId;
    }

    public void record(AttendanceStatus status, Long proxyAccountId) {
        this.status = status;
        this.proxyAccountId = proxyAccountId;
    }

    /** The person's own answer, from their convocation link. */
    public void answer(AttendanceStatus status, Long proxyAccountId, Instant at) {
        record(status, proxyAccountId);
        this.answeredAt = at;
    }

    public Instant getAnsweredAt() { return answeredAt; }
    public Long getMeetingId() { return meetingId; }
    public Long getAccountId() { return accountId; }
    public AttendanceStatus getStatus() { return status; }
    public Long getProxyAccountId() { return proxyAccountId; }
}
