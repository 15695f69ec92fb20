package fr.ctg.evaluation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A question of a call for contributions (its position from 0) attached to an evaluative question. */
@Embeddable
public class CallQuestionLink {

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "question_index", nullable = false)
    private int questionIndex;

    protected CallQuestionLink() {
    }

    public CallQuestionLink(long callId, int questionIndex) {
        this.callId = callId;
        this.questionIndex = questionIndex;
    }

    public long getCallId() { return callId; }
    public int getQuestionIndex() { return questionIndex; }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallQuestionLink l && l.callId == callId && l.questionIndex == questionIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(callId, questionIndex);
    }
}
