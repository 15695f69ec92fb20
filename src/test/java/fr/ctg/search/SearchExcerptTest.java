package fr.ctg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words found, marked where the index found them: case and accents ignored, prefixes of words. */
class SearchExcerptTest {

    @Test
    void marksEveryWordStartingWithASearchedWordWhateverItsAccentsAndCase() {
        List<SearchExcerpt.Segment> s = SearchExcerpt.segments("L’Évaluation des évaluateurs, pas la réévaluation.",
                List.of("evalu"));
        assertThat(s).extracting(SearchExcerpt.Segment::text)
                .containsExactly("L’", "Évaluation", " des ", "évaluateurs", ", pas la réévaluation.");
        assertThat(s).filteredOn(SearchExcerpt.Segment::marked).extracting(SearchExcerpt.Segment::text)
                .containsExactly("Évaluation", "évaluateurs");
    }

    @Test
    void theExcerptIsCentredOnTheFirstWordFoundAndSaysWhatIsCut() {
        String text = "début ".repeat(100) + "le LAEP itinérant " + "fin ".repeat(100);
        String e = SearchExcerpt.around(text, List.of("laep"), 120);
        assertThat(e).startsWith("… ").endsWith(" …").contains("le LAEP itinérant");
        assertThat(e.length()).isLessThanOrEqualTo(126);
        assertThat(SearchExcerpt.around("court", List.of("laep"), 120)).isEqualTo("court");
        assertThat(SearchExcerpt.around(null, List.of("laep"), 120)).isEmpty();
    }

    @Test
    void htmlInTheTextStaysText() {
        List<SearchExcerpt.Segment> s = SearchExcerpt.segments("<script>laep</script>", List.of("laep"));
        assertThat(s).extracting(SearchExcerpt.Segment::text).containsExactly("<script>", "laep", "</script>");
    }
}
