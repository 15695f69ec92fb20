package fr.ctg.discussion;

import fr.ctg.base.TimeConfig;
import fr.ctg.search.SearchExcerpt;
import fr.ctg.search.SearchHit;
import fr.ctg.search.SearchKind;
import fr.ctg.search.SearchScope;
import fr.ctg.search.SearchSource;
import fr.ctg.search.SearchTerms;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The comments of every discussion, in the conventions the person reads (an association reads no discussion), each
 * shown only if its item passes its own feature's read rule ({@link DiscussionTopic#readable}). The best ids are ranked on
 * the index alone, then only those read their text.
 */
@Component
class DiscussionSearchSource implements SearchSource {

    private static final int EXCERPT = 240;

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<DiscussionKind, DiscussionTopic> topics = new EnumMap<>(DiscussionKind.class);

    DiscussionSearchSource(NamedParameterJdbcTemplate jdbc, List<DiscussionTopic> topics) {
        this.jdbc = jdbc;
        topics.forEach(t -> this.topics.put(t.kind(), t));
    }

    @Override
    public Set<SearchKind> kinds() {
        return EnumSet.of(SearchKind.COMMENT);
    }

    @Override
    public List<SearchHit> search(SearchTerms terms, Set<SearchKind> kinds, SearchScope scope, int limit) {
        Map<Long, Double> best = new LinkedHashMap<>();
        jdbc.query("SELECT c.id, MATCH (c.body) AGAINST (:q IN BOOLEAN MODE) AS score FROM discussion_comment c "
                + "WHERE MATCH (c.body) AGAINST (:q IN BOOLEAN MODE) AND c.convention_id IN (:readers) "
                + "AND c.removed_at IS NULL ORDER BY score DESC, c.id DESC LIMIT :limit",
                Map.of("q", terms.booleanQuery(), "readers", scope.readerConventions(), "limit", limit * 2),
                rs -> {
                    best.put(rs.getLong("id"), rs.getDouble("score"));
                });
        if (best.isEmpty()) {
            return List.of();
        }
        record Candidate(long id, long conventionId, DiscussionKind kind, long itemId, String author, String body,
                         LocalDateTime at) {
        }
        List<Candidate> candidates = jdbc.query("SELECT c.id, c.convention_id, c.target_kind, c.target_id, "
                + "c.author_name, c.body, c.created_at FROM discussion_comment c WHERE c.id IN (:ids)",
                Map.of("ids", best.keySet()), (rs, i) -> new Candidate(rs.getLong("id"), rs.getLong("convention_id"),
                        DiscussionKind.valueOf(rs.getString("target_kind")), rs.getLong("target_id"),
                        rs.getString("author_name"), rs.getString("body"),
                        rs.getObject("created_at", LocalDateTime.class)));
        // Each kind's items checked at once by their own feature, with the roles read for this search.
        Map<DiscussionKind, Map<Long, DiscussedItem>> readable = new EnumMap<>(DiscussionKind.class);
        candidates.stream().collect(Collectors.groupingBy(Candidate::kind,
                        Collectors.mapping(Candidate::itemId, Collectors.toSet())))
                .forEach((kind, ids) -> {
                    DiscussionTopic topic = topics.get(kind);
                    readable.put(kind, topic == null ? Map.of() : topic.readable(ids, scope::rolesIn));
                });
        Map<Long, SearchHit> found = new HashMap<>();
        for (Candidate c : candidates) {
            DiscussedItem item = readable.getOrDefault(c.kind(), Map.of()).get(c.itemId());
            if (item != null && item.conventionId() == c.conventionId()) {
                found.put(c.id(), new SearchHit(SearchKind.COMMENT, c.conventionId(), item.page(), item.title(),
                        c.author(), SearchExcerpt.around(c.body(), terms.words(), EXCERPT), day(c.at()),
                        best.get(c.id())));
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Long id : best.keySet()) {
            SearchHit hit = found.get(id);
            if (hit != null && hits.size() < limit) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private static LocalDate day(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(TimeConfig.ZONE).toLocalDate();
    }
}
