package fr.ctg.contribution.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.contribution.ReviewStatus;
import fr.ctg.contribution.SubmissionStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation's answers to a call: a draft until submitted; withdrawable until the call closes. */
@Entity
@Table(name = "submission")
public class Submission extends AbstractEntity {

    @Column(name = "call_id", nullable = false)
    private Long callId;
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SubmissionStatus status = SubmissionStatus.DRAFT;
    @Column(length = 40)
    private String reference;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by_name", length = 200)
    private String submittedByName;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "review_status", length = 30)
    private ReviewStatus reviewStatus;
    @Column(name = "review_answer", length = 2000)
    private String reviewAnswer;

    @ElementCollection
    @CollectionTable(name = "submission_answer", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "position")
    @Column(name = "answer", nullable = false, columnDefinition = "TEXT")
    private Map<Integer, String> answers = new TreeMap<>();

    /** The documents of the file answers, by question position (their file names are the text answers). */
    @ElementCollection
    @CollectionTable(name = "submission_file", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "position")
    @Column(name = "document_id", nullable = false)
    private Map<Integer, Long> files = new TreeMap<>();

    protected Submission() {
    }

    public Submission(Long callId, Long organisationId) {
        this.callId = callId;
        this.organisationId = organisationId;
    }

    /** Attaches a document as the answer to a file question: its file name is the text shown. */
    public void attachFile(int position, long documentId, String fileName) {
        answers.put(position, fileName);
        files.put(position, documentId);
    }

    /** Replaces the text answers; file answers ({@link #attachFile}) are kept. */
    public void saveAnswers(Map<Integer, String> values) {
        answers.keySet().retainAll(files.keySet());
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !files.containsKey(k)) {
                answers.put(k, v);
            }
        });
        if (status == SubmissionStatus.WITHDRAWN) {
            status = SubmissionStatus.DRAFT;
        }
    }

    public void submit(String reference, Instant at, String by) {
        this.status = SubmissionStatus.SUBMITTED;
        this.reference = reference;
        this.submittedAt = at;
        this.submittedByName = by;
        this.reviewStatus = ReviewStatus.RECEIVED;
        this.reviewAnswer = null;
    }

    public void withdraw() {
        this.status = SubmissionStatus.WITHDRAWN;
        this.reviewStatus = null;
    }

    public void review(ReviewStatus status, String answer) {
        this.reviewStatus = status;
        this.reviewAnswer = answer;
    }

    public Long getCallId() { return callId; }
    public Long getOrganisationId() { return organisationId; }
    public SubmissionStatus getStatus() { return status; }
    public String getReference() { return reference; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedByName() { return submittedByName; }
    public ReviewStatus getReviewStatus() { return reviewStatus; }
    public String getReviewAnswer() { return reviewAnswer; }
    public Map<Integer, String> getAnswers() { return answers; }
    public Map<Integer, Long> getFiles() { return files; }
}
