package fr.ctg.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is left of a typed search: plain words only, as prefixes, all required. */
class SearchTermsTest {

    @Test
    void wordsAreRequiredPrefixesInLowerCase() {
        SearchTerms t = SearchTerms.parse("  Évaluation  PETITE-enfance ");
        assertThat(t.words()).containsExactly("évaluation", "petite", "enfance");
        assertThat(t.booleanQuery()).isEqualTo("+évaluation* +petite* +enfance*");
        assertThat(t.truncated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+laep -relais", "\"laep relais", "laep* (relais)", "~laep <relais> @relais",
            "laep' OR '1'='1'; DROP TABLE document; -- relais", "laep\\relais", "laep%relais_"})
    void operatorsQuotesAndSqlNeverReachTheQuery(String typed) {
        SearchTerms t = SearchTerms.parse(typed);
        assertThat(t.words()).contains("laep", "relais");
        assertThat(t.booleanQuery()).matches("(\\+[\\p{L}\\p{N}]+\\* ?)+");
    }

    @Test
    void shortWordsStopWordsAndSignsAloneLeaveNothing() {
        assertThat(SearchTerms.parse("+ - * \" ( ) ~ < > @ %").isEmpty()).isTrue();
        assertThat(SearchTerms.parse("le la de à l' d'").isEmpty()).isTrue();
        assertThat(SearchTerms.parse("the with from").isEmpty()).as("InnoDB stop words would match nothing").isTrue();
        assertThat(SearchTerms.parse(null).isEmpty()).isTrue();
        assertThat(SearchTerms.parse("l'évaluation d'une CTG").words()).containsExactly("évaluation", "une", "ctg");
    }

    @Test
    void anAccentTypedAsASeparateMarkStaysInItsWord() {
        assertThat(SearchTerms.parse("e\u0301valuation cre\u0300che").words()).containsExactly("\u00e9valuation",
                "cr\u00e8che");
    }

    @Test
    void longInputIsCutAndSaysSo() {
        SearchTerms many = SearchTerms.parse("un1 deux trois quatre cinq six sept huit neuf dix");
        assertThat(many.words()).hasSize(SearchTerms.MAX_WORDS).doesNotContain("neuf", "dix");
        assertThat(many.truncated()).isTrue();
        SearchTerms huge = SearchTerms.parse("laep ".repeat(1000));
        assertThat(huge.words()).containsExactly("laep");
        assertThat(huge.truncated()).isTrue();
        assertThat(SearchTerms.parse("x".repeat(150)).words().getFirst()).hasSize(84);
    }
}
