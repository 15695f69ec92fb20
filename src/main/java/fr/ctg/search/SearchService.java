package fr.ctg.search;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import jakarta.annotation.PreDestroy;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One search across the conventions a person may open: every feature's {@link SearchSource} answers with its own read
 * rules, the hits are merged by relevance. Input is reduced to plain words ({@link SearchTerms}): nothing typed reaches
 * the database as an operator. The sources run side by side ({@code ctg.search.parallelism} threads, 4 by default,
 * shared by all searches), each in its own read-only transaction and as the person searching: the search takes as
 * long as its slowest source (the documents' text), not as their sum.
 */
@Service
public class SearchService {

    public static final int LIMIT = 50;

    private final List<SearchSource> sources;
    private final ConventionAccessService access;
    private final TransactionTemplate readOnly;
    private final ExecutorService pool;

    SearchService(List<SearchSource> sources, ConventionAccessService access, PlatformTransactionManager transactions,
                  @Value("${ctg.search.parallelism:4}") int parallelism) {
        this.sources = sources;
        this.access = access;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        List<CompletableFuture<List<SearchHit>>> running = sources.stream()
                .filter(s -> s.kinds().stream().anyMatch(wanted::contains))
                .map(s -> {
                    Set<SearchKind> asked = EnumSet.copyOf(s.kinds());
                    asked.retainAll(wanted);
                    return CompletableFuture.supplyAsync(() -> as(caller, () -> readOnly.execute(
                            status -> s.search(terms, asked, scope, LIMIT + 1))), pool);
                })
                .toList();
        List<SearchHit> found = running.stream().flatMap(f -> join(f).stream())
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed()
                        .thenComparing(SearchHit::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new SearchResults(terms.words(), found.stream().limit(LIMIT).toList(), terms.truncated(),
                found.size() > LIMIT);
    }

    /** Runs a source on a pool's thread as the person searching (their own context, emptied after). */
    private static <T> T as(@Nullable Authentication caller, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A source's hits; what it threw is thrown here as it was. */
    private static List<SearchHit> join(CompletableFuture<List<SearchHit>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
