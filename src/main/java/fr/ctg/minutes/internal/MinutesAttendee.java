package fr.ctg.minutes.internal;

import fr.ctg.governance.AttendanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the attendance list as the minutes record it. */
@Embeddable
public class MinutesAttendee {

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(name = "proxy_name", length = 200)
    private String proxyName;

    protected MinutesAttendee() {
    }

    public MinutesAttendee(Long accountId, String displayName, AttendanceStatus status, String proxyName) {
        this.accountId = accountId;
        this.displayName = displayName;
        this.status = status;
        this.proxyName = proxyName;
    }

    public Long getAccountId() { return accountId; }
    public String getDisplayName() { return displayName; }
    public AttendanceStatus getStatus() { return status; }
    public String getProxyName() { return proxyName; }
}
