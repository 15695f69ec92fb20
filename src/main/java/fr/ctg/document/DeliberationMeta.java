package fr.ctg.document;

import java.time.LocalDate;

/** What describes a deliberation: body, number, session date, subject, transmission, public link. */
public record DeliberationMeta(IssuingBody body, String number, LocalDate sessionDate, String subject,
                               LocalDate transmittedOn, String publicUrl) {
}
