package fr.ctg.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The texts French law asks of a public service's site (RGAA 4.1 accessibility statement, legal notice), in
 * {@code /legal/NAME_LANG.md}, filled with who runs this deployment ({@code ctg.legal.*}) and with the last automated
 * accessibility results ({@code /legal/axe-audit.properties}, refreshed from {@code target/e2e/axe-audit.properties}
 * after the browser suite).
 */
@Component
class LegalTexts {

    private final Map<String, String> values = new LinkedHashMap<>();
    /** Each text read and filled once (they change only with a new version of the portal or its settings). */
    private final Map<String, String> filled = new ConcurrentHashMap<>();

    LegalTexts(@Value("${ctg.legal.publisher:l’organisme qui exploite ce portail (à renseigner : ctg.legal.publisher)}")
               String publisher,
               @Value("${ctg.legal.address:(adresse à renseigner : ctg.legal.address)}") String address,
               @Value("${ctg.legal.director:(à renseigner : ctg.legal.director)}") String director,
               @Value("${ctg.legal.host:(hébergeur à renseigner : ctg.legal.host)}") String host,
               @Value("${ctg.legal.contact:(adresse de contact à renseigner : ctg.legal.contact)}") String contact) {
        values.put("publisher", publisher);
        values.put("address", address);
        values.put("director", director);
        values.put("host", host);
        values.put("contact", contact);
        Properties audit = new Properties();
        try (InputStream in = LegalTexts.class.getResourceAsStream("/legal/axe-audit.properties")) {
            if (in != null) {
                audit.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.stringPropertyNames().forEach(k -> values.put("audit." + k, audit.getProperty(k)));
    }

    /** The Markdown of {@code name} ("accessibilite", "mentions-legales") in the language, French otherwise. */
    public String markdown(String name, Locale locale) {
        String lang = "en".equals(locale.getLanguage()) ? "en" : "fr";
        return filled.computeIfAbsent("/legal/" + name + "_" + lang + ".md", path -> {
            String text = read(path);
            for (Map.Entry<String, String> v : values.entrySet()) {
                text = text.replace("{" + v.getKey() + "}", v.getValue());
            }
            return text;
        });
    }

    private static String read(String path) {
        try (InputStream in = LegalTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
