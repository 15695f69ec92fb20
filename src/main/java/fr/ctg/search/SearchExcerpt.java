package fr.ctg.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words found, in the text a person reads: an excerpt around the first match and the segments to mark. Matching is
 * what the FULLTEXT index does (case and accents ignored, each word a prefix at the start of a word), so the marks are
 * where the database found the words.
 */
public final class SearchExcerpt {

    /** A piece of text, marked when it is a word found. */
    public record Segment(String text, boolean marked) {
    }

    private SearchExcerpt() {
    }

    /** About {@code length} characters of {@code text} around the first word found (the start if none is). */
    public static String around(String text, List<String> words, int length) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= length) {
            return flat;
        }
        List<int[]> found = matches(flat, words);
        int first = found.isEmpty() ? 0 : found.getFirst()[0];
        int start = Math.max(0, first - length / 3);
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space < 0 || space > first ? start : space + 1;
        }
        int end = Math.min(flat.length(), start + length);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        return (start > 0 ? "… " : "") + flat.substring(start, end) + (end < flat.length() ? " …" : "");
    }

    /** Markdown without its marks (an excerpt is read, not rendered). */
    public static String plain(String markdown) {
        return markdown == null ? "" : markdown.replaceAll("[*_#>`|]+", "");
    }

    /** The text cut into plain and marked segments. */
    public static List<Segment> segments(String text, List<String> words) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (int[] m : matches(text, words)) {
            if (m[0] > at) {
                out.add(new Segment(text.substring(at, m[0]), false));
            }
            out.add(new Segment(text.substring(m[0], m[1]), true));
            at = m[1];
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
        }
        return out;
    }

    /** Start and end of each word of the text that begins with one of {@code words}, in order. */
    static List<int[]> matches(String text, List<String> words) {
        String folded = fold(text);
        List<String> foldedWords = words.stream().map(SearchExcerpt::fold).filter(w -> !w.isEmpty()).toList();
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                end++;
            }
            String word = folded.substring(i, end);
            if (foldedWords.stream().anyMatch(word::startsWith)) {
                out.add(new int[] {i, end});
            }
            i = end;
        }
        return out;
    }

    /** Lower case without accents, one character for one character (so positions stay those of the text). */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 128 ? Character.toLowerCase(c) : FOLDED.computeIfAbsent(c, SearchExcerpt::foldOne);
        }
        return new String(out);
    }

    private static final ConcurrentHashMap<Character, Character> FOLDED = new ConcurrentHashMap<>();

    private static char foldOne(char c) {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Character.toLowerCase(d.length() == 1 ? d.charAt(0) : c);
    }
}
