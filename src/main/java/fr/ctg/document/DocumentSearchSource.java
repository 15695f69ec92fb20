package fr.ctg.document;

import fr.ctg.base.PageRef;
import fr.ctg.search.SearchExcerpt;
import fr.ctg.search.SearchHit;
import fr.ctg.search.SearchKind;
import fr.ctg.search.SearchScope;
import fr.ctg.search.SearchSource;
import fr.ctg.search.SearchTerms;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Documents and deliberations found by title, description, number and the text inside their file; in a convention
 * where the person is an association, only the documents published to associations (as on the documents page).
 */
@Component
class DocumentSearchSource implements SearchSource {

    static final int EXCERPT = 240;
    /** The title, number and description (a small index: fast even for a word most documents hold). */
    private static final String META =
            "MATCH (d.title, d.description, d.deliberation_number) AGAINST (:q IN BOOLEAN MODE)";
    /** The same and the file's text. */
    private static final String FULL =
            "MATCH (d.title, d.description, d.deliberation_number, d.content_text) AGAINST (:q IN BOOLEAN MODE)";

    private final NamedParameterJdbcTemplate jdbc;

    DocumentSearchSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<SearchKind> kinds() {
        return EnumSet.of(SearchKind.DOCUMENT, SearchKind.DELIBERATION);
    }

    @Override
    public List<SearchHit> search(SearchTerms terms, Set<SearchKind> kinds, SearchScope scope, int limit) {
        List<String> documentKinds = new ArrayList<>();
        for (DocumentKind k : DocumentKind.values()) {
            if (kinds.contains(k == DocumentKind.DELIBERATION ? SearchKind.DELIBERATION : SearchKind.DOCUMENT)) {
                documentKinds.add(k.name());
            }
        }
        if (documentKinds.isEmpty()) {
            return List.of();
        }
        // First the best ids (the index and the small columns only), then the words around them for those alone:
        // reading every matching file's text to sort would cost seconds at 32 000 documents. Documents whose title,
        // number or description hold the words come first; the files' text is ranked only when they are fewer than
        // asked (a word most files contain would otherwise be ranked in all of them, ~100 ms at this size).
        Map<String, Object> params = Map.of("q", terms.booleanQuery(), "all", scope.allConventions(),
                "readers", scope.readerConventions(), "kinds", documentKinds, "limit", limit);
        Map<Long, Double> best = new LinkedHashMap<>();
        best(META, params, best, limit);
        if (best.size() < limit) {
            best(FULL, params, best, limit);
        }
        if (best.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHit> hits = new HashMap<>();
        jdbc.query("SELECT d.id, d.convention_id, d.kind, d.title, d.description, d.deliberation_number, "
                        + "COALESCE(d.session_date, CAST(d.created_at AS DATE)) AS day, "
                        + "LOCATE(:first, d.content_text) AS at, "
                        + "SUBSTRING(d.content_text, GREATEST(1, LOCATE(:first, d.content_text) - 80), 400) AS excerpt "
                        + "FROM document d WHERE d.id IN (:ids)",
                Map.of("first", terms.words().getFirst(), "ids", best.keySet()),
                rs -> {
                    long id = rs.getLong("id");
                    boolean deliberation = DocumentKind.DELIBERATION.name().equals(rs.getString("kind"));
                    String text = join(rs.getString("description"), cut(rs.getString("excerpt"), rs.getLong("at") > 81));
                    Date day = rs.getDate("day");
                    hits.put(id, new SearchHit(deliberation ? SearchKind.DELIBERATION : SearchKind.DOCUMENT,
                            rs.getLong("convention_id"), PageRef.document(id), rs.getString("title"),
                            rs.getString("deliberation_number"), SearchExcerpt.around(text, terms.words(), EXCERPT),
                            day == null ? null : day.toLocalDate(), best.get(id)));
                });
        return best.keySet().stream().map(hits::get).filter(Objects::nonNull).toList();
    }

    /** Adds the best ids by {@code match} to {@code best} (those already there keep their place), up to {@code limit}. */
    private void best(String match, Map<String, Object> params, Map<Long, Double> best, int limit) {
        jdbc.query("SELECT d.id, " + match + " AS score FROM document d WHERE " + match
                        + " AND d.convention_id IN (:all) AND (d.published_to_associations OR d.convention_id IN (:readers))"
                        + " AND d.kind IN (:kinds) ORDER BY score DESC, d.id DESC LIMIT :limit", params,
                rs -> {
                    if (best.size() < limit) {
                        best.putIfAbsent(rs.getLong("id"), rs.getDouble("score"));
                    }
                });
    }

    /** The file's text from the window's start; a window inside the text starts at its first whole word. */
    private static String cut(String excerpt, boolean inside) {
        if (excerpt == null || !inside) {
            return excerpt;
        }
        int space = excerpt.indexOf(' ');
        return "… " + (space < 0 ? excerpt : excerpt.substring(space + 1));
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " — " + b;
    }
}
