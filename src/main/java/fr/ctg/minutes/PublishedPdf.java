package fr.ctg.minutes;

/** The PDF of published minutes. */
public record PublishedPdf(String fileName, byte[] content, String sha256) {
}
