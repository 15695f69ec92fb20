package fr.ctg.base.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference between two texts (java-diff-utils over word and space tokens), as segments
 * that the UI renders with its own elements: no HTML is produced here, so nothing needs escaping.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    public enum Kind { SAME, DELETED, INSERTED }

    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Kind.SAME, a.subList(i, start));
            add(out, Kind.DELETED, delta.getSource().getLines());
            add(out, Kind.INSERTED, delta.getTarget().getLines());
            i = start + delta.getSource().size();
        }
        add(out, Kind.SAME, a.subList(i, a.size()));
        return out;
    }

    private static void add(List<Segment> out, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new Segment(kind, out.getLast().text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
