package fr.ctg.base.mail;

/** A file joined to an e-mail (an iCalendar invitation, for one). */
public record MailAttachment(String filename, String contentType, byte[] content) {
}
