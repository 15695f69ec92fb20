package fr.ctg.document;

import fr.ctg.base.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What a stored file may be: its real type is sniffed from its bytes with Apache Tika (the browser's
 * claim is ignored) and must match its extension; names are cleaned for storage and download.
 */
final class FileRules {

    static final Set<String> DELIBERATION_EXTENSIONS = Set.of("pdf", "odt", "docx");
    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "odt", "docx", "ods", "xlsx", "odp", "pptx", "png",
            "jpg", "jpeg", "csv", "txt");

    private static final Map<String, Set<String>> TYPES = Map.ofEntries(
            Map.entry("pdf", Set.of("application/pdf")),
            Map.entry("odt", Set.of("application/vnd.oasis.opendocument.text")),
            Map.entry("ods", Set.of("application/vnd.oasis.opendocument.spreadsheet")),
            Map.entry("odp", Set.of("application/vnd.oasis.opendocument.presentation")),
            Map.entry("docx", Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            Map.entry("xlsx", Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            Map.entry("pptx", Set.of("application/vnd.openxmlformats-officedocument.presentationml.presentation")),
            Map.entry("png", Set.of("image/png")),
            Map.entry("jpg", Set.of("image/jpeg")),
            Map.entry("jpeg", Set.of("image/jpeg")),
            Map.entry("csv", Set.of("text/csv", "text/plain")),
            Map.entry("txt", Set.of("text/plain")));

    private static final Tika TIKA = new Tika();

    private FileRules() {
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name as shown to people: control characters removed, at most 1000 characters. */
    static String displayName(String original) {
        String s = original == null ? "" : original.replaceAll("\\p{Cntrl}", "").strip();
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    /** A name safe for a file system and a download header: no separators, no control characters, ≤ 200. */
    static String safeName(String original) {
        String s = displayName(original).replaceAll("[/\\\\:*?\"<>|]", "_").replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^[.\\s]+", "");
        String ext = extension(s);
        if (s.length() > 200) {
            String base = s.substring(0, 200 - ext.length() - 1);
            s = base + "." + ext;
        }
        return s.isEmpty() ? "fichier" : s;
    }

    /**
     * The type read from the bytes alone: a ZIP is opened and its entries tell an office file (OOXML, ODF) from any
     * other archive, so that a renamed ZIP stays a ZIP. Only plain text is refined by the name (CSV or text).
     */
    static String sniff(Path file, String name) throws IOException {
        String byBytes;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            byBytes = TIKA.detect(in, new Metadata());
        }
        if (!"text/plain".equals(byBytes)) {
            return byBytes;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = Files.newInputStream(file)) {
            return TIKA.detect(in, metadata);
        }
    }

    /** Refuses a file whose extension is not allowed here or whose bytes are something else. */
    static String checkType(Path file, String name, Set<String> allowedExtensions) throws IOException {
        String ext = extension(name);
        if (!allowedExtensions.contains(ext)) {
            throw new BusinessRuleException("document.error.extension", ext.isEmpty() ? "—" : ext,
                    String.join(", ", allowedExtensions.stream().sorted().toList()));
        }
        String detected = sniff(file, name);
        if (!TYPES.getOrDefault(ext, Set.of()).contains(detected)) {
            throw new BusinessRuleException("document.error.typeMismatch", ext, detected);
        }
        return detected;
    }
}
