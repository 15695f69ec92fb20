package fr.ctg.document;

import java.time.LocalDate;

/** Search criteria (all optional): words in title, number or description; kind; body; date range. */
public record DocumentQuery(String text, DocumentKind kind, IssuingBody body, LocalDate from, LocalDate to) {

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null);
    }

    public static DocumentQuery deliberations() {
        return new DocumentQuery(null, DocumentKind.DELIBERATION, null, null, null);
    }
}
