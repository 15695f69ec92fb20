package fr.ctg.contribution.internal;

import fr.ctg.contribution.QuestionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A question of a call (its position is its order in the call). */
@Embeddable
public class CallQuestion {

    @Column(nullable = false, length = 500)
    private String label;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;
    @Column(nullable = false)
    private boolean required;
    @Column(length = 2000)
    private String choices;

    protected CallQuestion() {
    }

    public CallQuestion(String label, QuestionKind kind, boolean required, String choices) {
        this.label = label;
        this.kind = kind;
        this.required = required;
        this.choices = choices;
    }

    public String getLabel() { return label; }
    public QuestionKind getKind() { return kind; }
    public boolean isRequired() { return required; }
    public String getChoices() { return choices; }
}
