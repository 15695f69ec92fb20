package fr.ctg.discussion;

import fr.ctg.security.MemberSummary;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The {@code @username} mentions of a text that name one of the given members (others are plain text). */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([a-z0-9][a-z0-9._-]{1,99})");

    private Mentions() {
    }

    static Set<Long> accountIds(String text, Map<String, MemberSummary> byUsername) {
        Matcher m = MENTION.matcher(text);
        Set<String> names = new LinkedHashSet<>();
        while (m.find()) {
            names.add(stripTrailingDots(m.group(1)));
        }
        return names.stream().map(byUsername::get).filter(Objects::nonNull).map(MemberSummary::accountId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "@paul." at the end of a sentence names paul. */
    private static String stripTrailingDots(String name) {
        int end = name.length();
        while (end > 1 && name.charAt(end - 1) == '.') {
            end--;
        }
        return name.substring(0, end);
    }
}
