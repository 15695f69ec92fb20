package fr.ctg.minutes.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The compte rendu of one held meeting. Once published, the row can no longer change through any JPA
 * path: {@link #guardPublished()} refuses the update or delete (the services refuse it before that).
 */
@Entity
@Table(name = "minutes")
public class Minutes extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "committee_name", nullable = false, length = 200)
    private String committeeName;

    @Column(name = "meeting_starts_at", nullable = false)
    private Instant meetingStartsAt;

    @Column(name = "meeting_time_zone", nullable = false, length = 60)
    private String meetingTimeZone;

    @Column(name = "meeting_place", length = 300)
    private String meetingPlace;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MinutesStatus status = MinutesStatus.DRAFT;

    @Column(name = "review_until")
    private LocalDate reviewUntil;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by_account_id")
    private Long approvedByAccountId;

    @Column(name = "approved_by_name", length = 200)
    private String approvedByName;

    @Column(name = "approved_at_meeting_id")
    private Long approvedAtMeetingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Audience audience;

    @Column(name = "include_associations", nullable = false)
    private boolean includeAssociations;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "search_text", columnDefinition = "LONGTEXT")
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "minutes_attendee", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    private List<MinutesAttendee> attendees = new ArrayList<>();

    private transient boolean publishedWhenLoaded;

    protected Minutes() {
    }

    public Minutes(Long conventionId, Long meetingId, Long committeeId, String title, String committeeName,
                   Instant meetingStartsAt, String meetingTimeZone, String meetingPlace) {
        this.conventionId = conventionId;
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.title = title;
        this.committeeName = committeeName;
        this.meetingStartsAt = meetingStartsAt;
        this.meetingTimeZone = meetingTimeZone;
        this.meetingPlace = meetingPlace;
    }

    @PostLoad
    void remember() {
        publishedWhenLoaded = status == MinutesStatus.PUBLISHED;
    }

    @PreUpdate
    @PreRemove
    void guardPublished() {
        if (publishedWhenLoaded) {
            throw new IllegalStateException("Published minutes " + getId() + " cannot change");
        }
    }

    public void replaceAttendees(List<MinutesAttendee> list) {
        attendees.clear();
        attendees.addAll(list);
    }

    public void startReview(LocalDate until) {
        this.status = MinutesStatus.IN_REVIEW;
        this.reviewUntil = until;
    }

    public void approve(Instant at, long byAccountId, String byName, Long atMeetingId) {
        this.approvedByName = byName;
        this.status = MinutesStatus.APPROVED;
        this.approvedAt = at;
        this.approvedByAccountId = byAccountId;
        this.approvedAtMeetingId = atMeetingId;
    }

    public void publish(Instant at, Audience audience, boolean includeAssociations, String searchText) {
        this.status = MinutesStatus.PUBLISHED;
        this.publishedAt = at;
        this.audience = audience;
        this.includeAssociations = includeAssociations;
        this.searchText = searchText;
    }

    public Long getConventionId() { return conventionId; }
    public Long getMeetingId() { return meetingId; }
    public Long getCommitteeId() { return committeeId; }
    public String getTitle() { return title; }
    public String getCommitteeName() { return committeeName; }
    public Instant getMeetingStartsAt() { return meetingStartsAt; }
    public String getMeetingTimeZone() { return meetingTimeZone; }
    public String getMeetingPlace() { return meetingPlace; }
    public MinutesStatus getStatus() { return status; }
    public LocalDate getReviewUntil() { return reviewUntil; }
    public Instant getApprovedAt() { return approvedAt; }
    public Long getApprovedByAccountId() { return approvedByAccountId; }
    public Long getApprovedAtMeetingId() { return approvedAtMeetingId; }
    public String getApprovedByName() { return approvedByName; }
    public Audience getAudience() { return audience; }
    public boolean isIncludeAssociations() { return includeAssociations; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getSearchText() { return searchText; }
    public List<MinutesAttendee> getAttendees() { return attendees; }
}
