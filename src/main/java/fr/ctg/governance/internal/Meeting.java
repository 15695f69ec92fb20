package fr.ctg.governance.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.governance.MeetingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A committee meeting; times are instants, shown in the meeting's own time zone. */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(length = 300)
    private String place;

    @Column(name = "video_link", length = 500)
    private String videoLink;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @Column(name = "quorum_needed")
    private Integer quorumNeeded;

    @Column(name = "quorum_count")
    private Integer quorumCount;

    @Column(name = "quorum_reached")
    private Boolean quorumReached;

    protected Meeting() {
    }

    public Meeting(Long conventionId, Long committeeId, String title, Instant startsAt, Instant endsAt,
                   String timeZone, String place, String videoLink) {
        this.conventionId = conventionId;
        this.committeeId = committeeId;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone;
        this.place = place;
        this.videoLink = videoLink;
    }

    public void move(Instant start, Instant end, String zone) {
        this.startsAt = start;
        this.endsAt = end;
        this.timeZone = zone;
    }

    /** A change the convened people's calendars must take (a move, a cancellation): the next iCalendar SEQUENCE. */
    public int nextSequence() {
        return ++icsSequence;
    }

    /** The quorum as it stood when the meeting was marked held ({@code needed} null: the committee sets none). */
    public void recordQuorum(Integer needed, int count, Boolean reached) {
        this.quorumNeeded = needed;
        this.quorumCount = count;
        this.quorumReached = reached;
    }

    public int getIcsSequence() { return icsSequence; }
    public Integer getQuorumNeeded() { return quorumNeeded; }
    public Integer getQuorumCount() { return quorumCount; }
    public Boolean getQuorumReached() { return quorumReached; }

    public void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public Long getConventionId() { return conventionId; }
    public Long getCommitteeId() { return committeeId; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getTimeZone() { return timeZone; }
    public String getPlace() { return place; }
    public String getVideoLink() { return videoLink; }
    public MeetingStatus getStatus() { return status; }
}
