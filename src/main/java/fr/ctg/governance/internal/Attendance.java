package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.governance.AttendanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
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

    public Long getMeetingId() { return meetingId; }
    public Long getAccountId() { return accountId; }
    public AttendanceStatus getStatus() { return status; }
    public Long getProxyAccountId() { return proxyAccountId; }
}
