package fr.ctg.indicator;

import fr.ctg.base.PageRef;
import fr.ctg.search.SearchExcerpt;
import fr.ctg.search.SearchHit;
import fr.ctg.search.SearchKind;
import fr.ctg.search.SearchScope;
import fr.ctg.search.SearchSource;
import fr.ctg.search.SearchTerms;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indicators found by code, name and definition; an association finds only those published to associations (as on
 * the indicators page, {@link IndicatorGate}).
 */
@Component
class IndicatorSearchSource implements SearchSource {

    private static final int EXCERPT = 240;
    private static final String MATCH = "MATCH (i.code, i.name, i.definition) AGAINST (:q IN BOOLEAN MODE)";

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorSearchSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<SearchKind> kinds() {
        return EnumSet.of(SearchKind.INDICATOR);
    }

    @Override
    public List<SearchHit> search(SearchTerms terms, Set<SearchKind> kinds, SearchScope scope, int limit) {
        return jdbc.query("SELECT i.id, i.convention_id, i.code, i.name, i.definition, " + MATCH + " AS score "
                        + "FROM indicator i WHERE " + MATCH + " AND i.convention_id IN (:all) "
                        + "AND (i.published_to_associations OR i.convention_id IN (:readers)) "
                        + "ORDER BY score DESC, i.id DESC LIMIT :limit",
                Map.of("q", terms.booleanQuery(), "all", scope.allConventions(), "readers", scope.readerConventions(),
                        "limit", limit),
                (rs, i) -> new SearchHit(SearchKind.INDICATOR, rs.getLong("convention_id"),
                        PageRef.indicator(rs.getLong("id")), rs.getString("name"), rs.getString("code"),
                        SearchExcerpt.around(rs.getString("definition"), terms.words(), EXCERPT), null,
                        rs.getDouble("score")));
    }
}
