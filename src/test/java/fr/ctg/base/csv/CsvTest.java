package fr.ctg.base.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.base.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The indicator import's reading (Apache Commons CSV): records with the line they start on, as an editor numbers it. */
class CsvTest {

    @Test
    void recordsKeepTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
        List<Csv.Record> records = Csv.parse("code;valeur\r\nA;\"un\ndeux\"\n\nB;'=1+2\n", ';');
        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).fields()).containsExactly("A", "un\ndeux");
        assertThat(records.get(2).fields()).as("the neutralising quote removed").containsExactly("B", "=1+2");
    }

    @Test
    void aQuoteLeftOpenIsLocatedOnTheLineWhereItsRecordStarts() {
        assertThatThrownBy(() -> Csv.parse("code;valeur\nA;1\n\nB;\"2\nC;3\n", ';'))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("indicator.csv.openQuote");
                    assertThat(e.getArguments()).containsExactly(4L);
                });
        assertThatThrownBy(() -> Csv.parse("code;valeur\n\"A;1\n", ';'))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getArguments()).containsExactly(2L));
    }

    @Test
    void theSeparatorIsTheOneTheFirstLineUsesMost() {
        assertThat(Csv.detectSeparator("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(Csv.detectSeparator("a,b,c\n")).isEqualTo(',');
        assertThat(Csv.detectSeparator("a\tb\tc\n")).isEqualTo('\t');
    }
}
