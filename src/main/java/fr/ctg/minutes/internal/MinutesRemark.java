package fr.ctg.minutes.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.minutes.RemarkResolution;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reviewer's remark on one section of draft minutes, and how the secretariat dealt with it. */
@Entity
@Table(name = "minutes_remark")
public class MinutesRemark extends AbstractEntity {

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "section_id", nullable = false)
    private Long sectionId;

    @Column(name = "author_account_id", nullable = false)
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, length = 2000)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private RemarkResolution resolution;

    @Column(length = 2000)
    private String answer;

    @Column(name = "resolved_by_account_id")
    private Long resolvedByAccountId;

    protected MinutesRemark() {
    }

    public MinutesRemark(Long minutesId, Long sectionId, Long authorAccountId, String authorName, String body) {
        this.minutesId = minutesId;
        this.sectionId = sectionId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
    }

    public void resolve(RemarkResolution resolution, String answer, long byAccountId) {
        this.resolution = resolution;
        this.answer = answer;
        this.resolvedByAccountId = byAccountId;
    }

    public Long getMinutesId() { return minutesId; }
    public Long getSectionId() { return sectionId; }
    public Long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public RemarkResolution getResolution() { return resolution; }
    public String getAnswer() { return answer; }
    public Long getResolvedByAccountId() { return resolvedByAccountId; }
}
