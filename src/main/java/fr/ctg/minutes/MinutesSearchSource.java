package fr.ctg.minutes;

import fr.ctg.base.PageRef;
import fr.ctg.minutes.internal.Minutes;
import fr.ctg.minutes.internal.MinutesRepository;
import fr.ctg.search.SearchExcerpt;
import fr.ctg.search.SearchHit;
import fr.ctg.search.SearchKind;
import fr.ctg.search.SearchScope;
import fr.ctg.search.SearchSource;
import fr.ctg.search.SearchTerms;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Published minutes found by title, committee and text; each candidate then passes the minutes page's own rule
 * ({@link MinutesGate#canRead}: the audience chosen at publication, associations only when included).
 */
@Component
class MinutesSearchSource implements SearchSource {

    private static final int EXCERPT = 240;

    private final NamedParameterJdbcTemplate jdbc;
    private final MinutesRepository minutes;
    private final MinutesGate gate;

    MinutesSearchSource(NamedParameterJdbcTemplate jdbc, MinutesRepository minutes, MinutesGate gate) {
        this.jdbc = jdbc;
        this.minutes = minutes;
        this.gate = gate;
    }

    @Override
    public Set<SearchKind> kinds() {
        return EnumSet.of(SearchKind.MINUTES);
    }

    @Override
    public List<SearchHit> search(SearchTerms terms, Set<SearchKind> kinds, SearchScope scope, int limit) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        jdbc.query("SELECT m.id, MATCH (m.title, m.committee_name, m.search_text) AGAINST (:q IN BOOLEAN MODE) AS score "
                        + "FROM minutes m WHERE MATCH (m.title, m.committee_name, m.search_text) AGAINST (:q IN BOOLEAN MODE) "
                        + "AND m.status = 'PUBLISHED' AND m.convention_id IN (:all) ORDER BY score DESC, m.id DESC "
                        + "LIMIT :limit",
                Map.of("q", terms.booleanQuery(), "all", scope.allConventions(), "limit", limit * 2),
                rs -> {
                    scores.put(rs.getLong("id"), rs.getDouble("score"));
                });
        Map<Long, Minutes> found = new LinkedHashMap<>();
        minutes.findAllById(scores.keySet()).forEach(m -> found.put(m.getId(), m));
        return scores.keySet().stream().map(found::get).filter(Objects::nonNull)
                .filter(m -> gate.canRead(m, scope.rolesIn(m.getConventionId())))
                .limit(limit)
                .map(m -> new SearchHit(SearchKind.MINUTES, m.getConventionId(), PageRef.minutes(m.getId()),
                        m.getTitle(), m.getCommitteeName(),
                        SearchExcerpt.around(SearchExcerpt.plain(m.getSearchText()), terms.words(), EXCERPT),
                        m.getMeetingStartsAt().atZone(ZoneId.of(m.getMeetingTimeZone())).toLocalDate(),
                        scores.get(m.getId())))
                .toList();
    }
}
