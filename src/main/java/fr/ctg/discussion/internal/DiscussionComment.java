package fr.ctg.discussion.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.discussion.DiscussionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on an item of a convention; its earlier wordings are {@link DiscussionCommentRevision}s. */
@Entity
@Table(name = "discussion_comment")
public class DiscussionComment extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 30)
    private DiscussionKind targetKind;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "author_account_id", nullable = false)
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    protected DiscussionComment() {
    }

    public DiscussionComment(long conventionId, DiscussionKind targetKind, long targetId, @Nullable Long parentId,
                             long authorAccountId, String authorName, String body) {
        this.conventionId = conventionId;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.parentId = parentId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
    }

    /** The new wording; the caller keeps the old one as a revision. */
    public void reword(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    /** Removed by its author: the text goes (kept as a revision by the caller), the place stays for its replies. */
    public void remove(Instant at) {
        this.body = "";
        this.removedAt = at;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public DiscussionKind getTargetKind() {
        return targetKind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public @Nullable Instant getRemovedAt() {
        return removedAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
