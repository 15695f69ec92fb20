package fr.ctg.search;

import java.util.List;

/**
 * What a search found, best first.
 *
 * @param words     the words searched (what the page highlights)
 * @param truncated whether the input was cut (too long, too many words)
 * @param more      whether there were more results than shown
 */
public record SearchResults(List<String> words, List<SearchHit> hits, boolean truncated, boolean more) {
}
