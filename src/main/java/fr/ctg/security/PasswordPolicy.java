package fr.ctg.security;

import fr.ctg.base.BusinessRuleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (CNIL and ANSSI recommendations): at least 12 characters, at most 72 bytes (what bcrypt
 * reads), not found in the list of common and leaked passwords shipped with the portal
 * ({@code security/common-passwords.txt}, compared without case and without trailing digits or signs), and not the
 * person's own identifier or e-mail.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final String LIST = "security/common-passwords.txt";

    private volatile Set<String> common;

    /** Refuses a password that does not follow the policy, or a confirmation that is missing or differs. */
    public void check(String password, String again, String... personal) {
        checkOne(password, personal);
        if (again == null || !password.equals(again)) {
            throw new BusinessRuleException("account.error.passwordsDiffer");
        }
    }

    /** Refuses a password that does not follow the policy (accounts provisioned without a confirmation). */
    public void checkOne(String password, String... personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleException("account.error.password", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BusinessRuleException("account.error.passwordTooLong", MAX_BYTES);
        }
        if (isCommon(password)) {
            throw new BusinessRuleException("account.error.passwordCommon");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String word : personal) {
            String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
            String local = w.contains("@") ? w.substring(0, w.indexOf('@')) : w;
            if (local.length() >= 4 && lower.contains(local)) {
                throw new BusinessRuleException("account.error.passwordPersonal");
            }
        }
        if (password.chars().distinct().count() < 4) {
            throw new BusinessRuleException("account.error.passwordSimple");
        }
    }

    /** Whether the password, or what is left of it without its trailing digits and signs, is in the list. */
    public boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        Set<String> list = list();
        if (list.contains(lower)) {
            return true;
        }
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        String root = stem.replaceAll("^[\\d\\p{Punct}\\s]+", "");
        return list.contains(stem) || list.contains(root);
    }

    private Set<String> list() {
        Set<String> loaded = common;
        if (loaded == null) {
            synchronized (this) {
                if (common == null) {
                    common = read();
                }
                loaded = common;
            }
        }
        return loaded;
    }

    private static Set<String> read() {
        Set<String> words = new HashSet<>(60_000);
        try (InputStream in = new ClassPathResource(LIST).getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords is missing from the application", e);
        }
        return Set.copyOf(words);
    }
}
