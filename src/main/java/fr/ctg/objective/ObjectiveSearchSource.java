package fr.ctg.objective;

import fr.ctg.base.PageRef;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Objectives (title, description), for those who read the convention (an association reads none, as on the
 * objectives pages). Their discussions are searched with every other discussion's.
 */
@Component
class ObjectiveSearchSource implements SearchSource {

    private static final int EXCERPT = 240;

    private final NamedParameterJdbcTemplate jdbc;

    ObjectiveSearchSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<SearchKind> kinds() {
        return EnumSet.of(SearchKind.OBJECTIVE);
    }

    @Override
    public List<SearchHit> search(SearchTerms terms, Set<SearchKind> kinds, SearchScope scope, int limit) {
        Map<String, Object> params = Map.of("q", terms.booleanQuery(), "readers", scope.readerConventions(),
                "limit", limit);
        List<SearchHit> hits = new ArrayList<>();
        if (kinds.contains(SearchKind.OBJECTIVE)) {
            hits.addAll(jdbc.query("SELECT o.id, o.convention_id, o.title, o.description, o.updated_at, "
                    + "MATCH (o.title, o.description) AGAINST (:q IN BOOLEAN MODE) AS score FROM objective o "
                    + "WHERE MATCH (o.title, o.description) AGAINST (:q IN BOOLEAN MODE) "
                    + "AND o.convention_id IN (:readers) ORDER BY score DESC, o.id DESC LIMIT :limit", params,
                    (rs, i) -> new SearchHit(SearchKind.OBJECTIVE, rs.getLong("convention_id"),
                            PageRef.objective(rs.getLong("id")), rs.getString("title"), null,
                            SearchExcerpt.around(SearchExcerpt.plain(rs.getString("description")), terms.words(), EXCERPT),
                            day(rs.getObject("updated_at", LocalDateTime.class)), rs.getDouble("score"))));
        }
        return hits;
    }

    /** The day in the portal's zone of a time stored in UTC. */
    private static LocalDate day(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(TimeConfig.ZONE).toLocalDate();
    }
}
