package fr.ctg.objective.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A comment in an objective's discussion; kept apart from the objective so no edit can lose it. */
@Entity
@Table(name = "objective_comment")
public class ObjectiveComment extends AbstractEntity {

    @Column(name = "objective_id", nullable = false)
    private Long objectiveId;

    @Column(name = "author_account_id", nullable = false)
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    protected ObjectiveComment() {
    }

    public ObjectiveComment(Long objectiveId, Long authorAccountId, String authorName, String body) {
        this.objectiveId = objectiveId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
    }

    public Long getObjectiveId() {
        return objectiveId;
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
}
