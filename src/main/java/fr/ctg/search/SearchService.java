package fr.ctg.search;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search across the conventions a person may open: every feature's {@link SearchSource} answers with its own read
 * rules, the hits are merged by relevance. Input is reduced to plain words ({@link SearchTerms}): nothing typed reaches
 * the database as an operator.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int LIMIT = 50;

    private final List<SearchSource> sources;
    private final ConventionAccessService access;

    SearchService(List<SearchSource> sources, ConventionAccessService access) {
        this.sources = sources;
        this.access = access;
    }

    /**
     * Searches {@code text} among {@code kinds} (all when empty) in one convention or, when {@code conventionId} is
     * null, in all the person's conventions.
     */
    public SearchResults search(String text, Set<SearchKind> kinds, @Nullable Long conventionId) {
        SearchTerms terms = SearchTerms.parse(text);
        if (terms.isEmpty()) {
            throw new BusinessRuleException("search.error.noWords");
        }
        Map<Long, Set<Role>> roles = access.rolesEverywhere();
        if (conventionId != null) {
            Set<Role> in = roles.get(conventionId);
            if (in == null) {
                throw new NotFoundException();
            }
            roles = Map.of(conventionId, in);
        }
        SearchScope scope = new SearchScope(roles);
        Set<SearchKind> wanted = kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds);
        List<SearchHit> found = sources.stream()
                .filter(s -> s.kinds().stream().anyMatch(wanted::contains))
                .flatMap(s -> {
                    Set<SearchKind> asked = EnumSet.copyOf(s.kinds());
                    asked.retainAll(wanted);
                    return s.search(terms, asked, scope, LIMIT + 1).stream();
                })
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed()
                        .thenComparing(SearchHit::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new SearchResults(terms.words(), found.stream().limit(LIMIT).toList(), terms.truncated(),
                found.size() > LIMIT);
    }
}
