package fr.ctg.evaluation.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.QuestionStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An evaluative question of a convention (Annexe 4). Its texts and status are kept version by version (Envers); what
 * is attached to it (groups, indicators, contribution questions) is not part of its versions and does not move its
 * version, so that attaching never disturbs people writing it.
 */
@Entity
@Audited
@AuditOverride(forClass = AbstractEntity.class)
@Table(name = "evaluative_question")
public class EvaluativeQuestion extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private long conventionId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "question_text", nullable = false, length = 2000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "track", nullable = false, length = 20)
    private EvaluationTrack track;

    @Column(name = "criteria", columnDefinition = "TEXT")
    private String criteria;

    @Column(name = "sources", columnDefinition = "TEXT")
    private String sources;

    @Column(name = "answer", columnDefinition = "TEXT")
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QuestionStatus status = QuestionStatus.NEGOTIATED;

    @Column(name = "validated_by")
    private Long validatedBy;

    @Column(name = "validated_by_name", length = 200)
    private String validatedByName;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @NotAudited
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "evaluative_question_group", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "thematic_group_id", nullable = false)
    private Set<Long> thematicGroupIds = new LinkedHashSet<>();

    @NotAudited
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "evaluative_question_indicator", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "indicator_id", nullable = false)
    @OrderBy
    private Set<Long> indicatorIds = new LinkedHashSet<>();

    @NotAudited
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "evaluative_question_call", joinColumns = @JoinColumn(name = "question_id"))
    private Set<CallQuestionLink> callQuestions = new LinkedHashSet<>();

    protected EvaluativeQuestion() {
    }

    public EvaluativeQuestion(long conventionId, int number, String text, EvaluationTrack track,
                              Set<Long> thematicGroupIds) {
        this.conventionId = conventionId;
        this.number = number;
        this.text = text;
        this.track = track;
        this.thematicGroupIds.addAll(thematicGroupIds);
    }

    public long getConventionId() { return conventionId; }
    public int getNumber() { return number; }
    public String getText() { return text; }
    public EvaluationTrack getTrack() { return track; }
    public String getCriteria() { return criteria; }
    public String getSources() { return sources; }
    public String getAnswer() { return answer; }
    public QuestionStatus getStatus() { return status; }
    public Long getValidatedBy() { return validatedBy; }
    public String getValidatedByName() { return validatedByName; }
    public Instant getValidatedAt() { return validatedAt; }
    public Set<Long> getThematicGroupIds() { return thematicGroupIds; }
    public Set<Long> getIndicatorIds() { return indicatorIds; }
    public Set<CallQuestionLink> getCallQuestions() { return callQuestions; }

    /** The co-edited texts; empty texts are kept as null. */
    public void edit(String text, String criteria, String sources, String answer) {
        this.text = text;
        this.criteria = criteria;
        this.sources = sources;
        this.answer = answer;
    }

    public void classify(EvaluationTrack track, Set<Long> groupIds) {
        this.track = track;
        thematicGroupIds.clear();
        thematicGroupIds.addAll(groupIds);
    }

    public void startEvaluation() {
        status = QuestionStatus.BEING_EVALUATED;
    }

    public void validate(long accountId, String name, Instant at) {
        status = QuestionStatus.ANSWERED;
        validatedBy = accountId;
        validatedByName = name;
        validatedAt = at;
    }

    /** Back to being evaluated: the validation is withdrawn (its version stays in the history). */
    public void reopen() {
        status = QuestionStatus.BEING_EVALUATED;
        validatedBy = null;
        validatedByName = null;
        validatedAt = null;
    }
}
