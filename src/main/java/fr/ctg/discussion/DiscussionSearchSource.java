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
import java.util.Optional;
import java.util.Set;
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
        Map<Long, SearchHit> found = new HashMap<>();
        Map<String, Optional<DiscussedItem>> items = new HashMap<>();
        jdbc.query("SELECT c.id, c.convention_id, c.target_kind, c.target_id, c.author_name, c.body, c.created_at "
                + "FROM discussion_comment c WHERE c.id IN (:ids)", Map.of("ids", best.keySet()), rs -> {
                    DiscussionKind kind = DiscussionKind.valueOf(rs.getString("target_kind"));
                    long itemId = rs.getLong("target_id");
                    Optional<DiscussedItem> item = items.computeIfAbsent(kind + "/" + itemId, k -> readable(kind, itemId));
                    long conventionId = rs.getLong("convention_id");
                    if (item.isPresent() && item.get().conventionId() == conventionId) {
                        long id = rs.getLong("id");
                        found.put(id, new SearchHit(SearchKind.COMMENT, conventionId, item.get().page(),
                                item.get().title(), rs.getString("author_name"),
                                SearchExcerpt.around(rs.getString("body"), terms.words(), EXCERPT),
                                day(rs.getObject("created_at", LocalDateTime.class)), best.get(id)));
                    }
                });
        List<SearchHit> hits = new ArrayList<>();
        for (Long id : best.keySet()) {
            SearchHit hit = found.get(id);
            if (hit != null && hits.size() < limit) {
                hits.add(hit);
            }
        }
        return hits;
    }

    /** The item if the person reads it, by its own feature's rule. */
    private Optional<DiscussedItem> readable(DiscussionKind kind, long itemId) {
        DiscussionTopic topic = topics.get(kind);
        return topic == null ? Optional.empty() : topic.readable(itemId);
    }

    private static LocalDate day(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(TimeConfig.ZONE).toLocalDate();
    }
}
