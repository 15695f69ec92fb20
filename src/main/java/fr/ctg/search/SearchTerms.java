package fr.ctg.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in the search box, reduced to the words MariaDB's FULLTEXT index can find: letters and digits
 * only (operators {@code + - * " ( ) ~ < > @} and SQL are dropped, never passed on), at least three characters (the
 * index's smallest token), not one of InnoDB's default stop words (a required stop word would match nothing), at most
 * {@value #MAX_WORDS} words. Every word is required and read as a prefix ({@code +évaluat*}).
 */
public record SearchTerms(List<String> words, boolean truncated) {

    public static final int MAX_WORDS = 8;
    public static final int MAX_INPUT = 200;
    private static final int MIN_TOKEN = 3;
    private static final int MAX_TOKEN = 84;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");
    /** INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD of MariaDB 10.11 and 11.4, the words of three letters or more. */
    private static final Set<String> STOP_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    public SearchTerms {
        words = List.copyOf(words);
    }

    public static SearchTerms parse(String raw) {
        if (raw == null) {
            return new SearchTerms(List.of(), false);
        }
        String text = raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw;
        // Composed first: an accent typed or pasted as a separate mark stays in its word ("e\u0301" is "\u00e9").
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        Set<String> words = new LinkedHashSet<>();
        boolean truncated = raw.length() > MAX_INPUT;
        while (m.find()) {
            String w = m.group();
            if (w.length() < MIN_TOKEN || STOP_WORDS.contains(w)) {
                continue;
            }
            if (words.size() == MAX_WORDS) {
                truncated = true;
                break;
            }
            words.add(w.length() > MAX_TOKEN ? w.substring(0, MAX_TOKEN) : w);
        }
        return new SearchTerms(new ArrayList<>(words), truncated);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The expression for {@code MATCH … AGAINST (? IN BOOLEAN MODE)}: every word required, as a prefix. */
    public String booleanQuery() {
        return String.join(" ", words.stream().map(w -> "+" + w + "*").toList());
    }
}
