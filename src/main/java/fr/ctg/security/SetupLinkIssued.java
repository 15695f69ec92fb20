package fr.ctg.security;

/** The first-start address, to e-mail to {@code CTG_ADMIN_EMAIL} once its transaction commits. */
public record SetupLinkIssued(String email, String link) {
}
