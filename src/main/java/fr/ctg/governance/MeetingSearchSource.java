package fr.ctg.governance;

import fr.ctg.base.PageRef;
import fr.ctg.search.SearchExcerpt;
import fr.ctg.search.SearchHit;
import fr.ctg.search.SearchKind;
import fr.ctg.search.SearchScope;
import fr.ctg.search.SearchSource;
import fr.ctg.search.SearchTerms;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Meetings found by title, place and the items of their agenda (title, presenter), for those who read the convention
 * (as the calendar: associations have none).
 */
@Component
class MeetingSearchSource implements SearchSource {

    private static final int EXCERPT = 240;

    private final NamedParameterJdbcTemplate jdbc;

    MeetingSearchSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<SearchKind> kinds() {
        return EnumSet.of(SearchKind.MEETING);
    }

    @Override
    public List<SearchHit> search(SearchTerms terms, Set<SearchKind> kinds, SearchScope scope, int limit) {
        String sql = "SELECT m.id, m.convention_id, m.title, m.place, m.starts_at, m.time_zone, c.name AS committee, "
                + "(SELECT GROUP_CONCAT(CONCAT(a.title, COALESCE(CONCAT(' (', a.presenter, ')'), '')) "
                + "ORDER BY a.position SEPARATOR ' · ') FROM agenda_item a WHERE a.meeting_id = m.id) AS agenda, "
                + "h.score FROM (SELECT id, MAX(score) AS score FROM ("
                + "SELECT id, MATCH (title, place) AGAINST (:q IN BOOLEAN MODE) AS score FROM meeting "
                + "WHERE MATCH (title, place) AGAINST (:q IN BOOLEAN MODE) AND convention_id IN (:readers) "
                + "UNION ALL "
                + "SELECT a.meeting_id, MATCH (a.title, a.presenter) AGAINST (:q IN BOOLEAN MODE) FROM agenda_item a "
                + "JOIN meeting x ON x.id = a.meeting_id "
                + "WHERE MATCH (a.title, a.presenter) AGAINST (:q IN BOOLEAN MODE) AND x.convention_id IN (:readers)"
                + ") found GROUP BY id) h JOIN meeting m ON m.id = h.id JOIN committee c ON c.id = m.committee_id "
                + "ORDER BY h.score DESC, m.starts_at DESC LIMIT :limit";
        return jdbc.query(sql, Map.of("q", terms.booleanQuery(), "readers", scope.readerConventions(), "limit", limit),
                (rs, i) -> {
                    LocalDateTime utc = rs.getObject("starts_at", LocalDateTime.class);
                    String place = rs.getString("place");
                    String agenda = rs.getString("agenda");
                    String text = place == null ? (agenda == null ? "" : agenda)
                            : agenda == null ? place : place + " — " + agenda;
                    return new SearchHit(SearchKind.MEETING, rs.getLong("convention_id"),
                            PageRef.meeting(rs.getLong("id")), rs.getString("title"), rs.getString("committee"),
                            SearchExcerpt.around(text, terms.words(), EXCERPT),
                            utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of(rs.getString("time_zone")))
                                    .toLocalDate(),
                            rs.getDouble("score"));
                });
    }
}
