package fr.ctg.document;

/** What describes a document of the documents area. */
public record DocumentMeta(DocumentKind kind, String title, String description) {
}
