package fr.ctg.base.pdf;

/** A party's logo for documents (Article 8): PNG bytes, or null when the party has none (its name is written). */
public record PdfLogo(String label, byte[] png) {
}
