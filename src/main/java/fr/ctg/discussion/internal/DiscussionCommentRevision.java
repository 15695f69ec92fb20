package fr.ctg.discussion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a comment said before its author changed or removed it; never changed itself. */
@Entity
@Table(name = "discussion_comment_revision")
public class DiscussionCommentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private Long commentId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected DiscussionCommentRevision() {
    }

    public DiscussionCommentRevision(long commentId, String body, Instant writtenAt, Instant replacedAt) {
        this.commentId = commentId;
        this.body = body;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
    }

    public Long getCommentId() {
        return commentId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
