package fr.ctg.security;

import java.util.Locale;

/** A forgotten-password link to e-mail once its transaction commits, in the person's language. */
public record PasswordResetRequested(String email, String displayName, Locale language, String token) {
}
