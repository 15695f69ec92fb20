package fr.ctg.minutes.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A correction of approved minutes; the original text stays as it was. */
@Entity
@Table(name = "minutes_erratum")
public class MinutesErratum extends AbstractEntity {

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "section_id")
    private Long sectionId;

    @Column(name = "author_account_id", nullable = false)
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    protected MinutesErratum() {
    }

    public MinutesErratum(Long minutesId, Long sectionId, Long authorAccountId, String authorName, String body) {
        this.minutesId = minutesId;
        this.sectionId = sectionId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
    }

    public Long getMinutesId() { return minutesId; }
    public Long getSectionId() { return sectionId; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
}
