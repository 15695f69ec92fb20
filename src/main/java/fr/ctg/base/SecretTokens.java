package fr.ctg.base;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of single-use links (invitations, password resets, first start): 256 random bits, URL-safe; only
 * their SHA-256 is stored, so that a copy of the database opens nothing.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String sha256(String token) {
        return Sha256.hex((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
    }
}
