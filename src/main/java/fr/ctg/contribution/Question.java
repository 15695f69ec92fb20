package fr.ctg.contribution;

import java.util.List;

/** A question of a call; {@code choices} for {@link QuestionKind#CHOICE} only. */
public record Question(String label, QuestionKind kind, boolean required, List<String> choices) {
}
