package fr.ctg.search;

import java.util.List;
import java.util.Set;

/**
 * Implemented (as a Spring bean) by each feature whose items can be searched. A source answers for the conventions of
 * the {@link SearchScope} (those the person may open) and applies its own feature's read rules, the same as its pages: an
 * association finds only what is published to it.
 */
public interface SearchSource {

    /** The kinds this source finds. */
    Set<SearchKind> kinds();

    /** At most {@code limit} hits of {@code kinds} (a subset of {@link #kinds()}), best first. */
    List<SearchHit> search(SearchTerms terms, Set<SearchKind> kinds, SearchScope scope, int limit);
}
