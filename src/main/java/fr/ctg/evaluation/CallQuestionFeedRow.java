package fr.ctg.evaluation;

/** A contribution question attached to an evaluative question and how many submitted answers it received. */
public record CallQuestionFeedRow(CallQuestionRef ref, int answers) {
}
