package fr.ctg.avenant;

/** The avenant's own text, as the COPIL writes it: title, preamble, justification and what motivated it. */
public record AvenantText(String title, String preamble, String justification, Long justificationMinutesId,
                          Long justificationDocumentId) {
}
