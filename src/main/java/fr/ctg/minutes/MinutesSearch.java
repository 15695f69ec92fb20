package fr.ctg.minutes;

import java.util.Arrays;
import java.util.List;

/** Full-text search over published minutes: every word must appear, ignoring case and accents. */
final class MinutesSearch {

    private MinutesSearch() {
    }

    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(MinutesText.fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank()).toList();
    }

    static boolean matches(String searchText, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String folded = searchText == null ? "" : MinutesText.fold(searchText);
        return words.stream().allMatch(folded::contains);
    }

    /** The text published minutes are searched by: title, committee, sections, decisions and actions. */
    static String text(MinutesDetails d) {
        StringBuilder b = new StringBuilder(d.title()).append('\n').append(d.committeeName()).append('\n');
        for (MinutesDetails.SectionItem s : d.sections()) {
            b.append(s.title()).append('\n').append(s.body()).append('\n');
            s.decisions().forEach(x -> b.append(x.text()).append('\n'));
            s.actions().forEach(x -> b.append(x.what()).append(' ').append(x.ownerName()).append('\n'));
        }
        return b.toString();
    }
}
