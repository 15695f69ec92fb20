package fr.ctg.evaluation;

/** A question of a call for contributions attached to an evaluative question ({@code questionIndex} from 0). */
public record CallQuestionRef(long callId, int questionIndex, String callTitle, String questionLabel) {
}
