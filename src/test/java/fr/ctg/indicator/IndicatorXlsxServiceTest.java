package fr.ctg.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.AccountService;
import fr.ctg.security.SystemIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard in Excel: a row per indicator and period with numbers as numbers, the target's attainment, the
 * validation and outlier reason; a summary per group; headers in the reader's language; the CSV's access rules.
 */
@CtgSpringTest
class IndicatorXlsxServiceTest {

    @Autowired IndicatorXlsxService xlsx;
    @Autowired IndicatorValuesService values;
    @Autowired IndicatorFixture fixture;
    @Autowired TestLogin login;
    @Autowired AccountService accounts;

    IndicatorFixture.Catalogue c;

    @BeforeEach
    void setUp() {
        c = fixture.create();
        login.as(c.user("suivi"));
        put(c.places(), "2023", "50", "=SOMME(A1:A9)", null);
        put(c.places(), "2024", "54", null, null);
        put(c.children(), "2023", "200", null, null);
        put(c.laep(), "2024-T1", "40", null, null);
        put(c.laep(), "2024-T2", "70", null, "Ouverture d’un second créneau");
        values.record(new ValueEntry(c.delay(), "2024", new BigDecimal("20"), SourceKind.CC, null, null, false, null));
        login.as(c.user("referent"));
        values.validate(c.w().conventionId(), c.w().groupA(), "2023");
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private void put(long indicator, String period, String value, String comment, String outlierReason) {
        values.record(new ValueEntry(indicator, period, new BigDecimal(value), SourceKind.CAF, null, comment, false,
                outlierReason));
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(cell.getStringCellValue()));
        return out;
    }

    private static Row rowOf(Sheet sheet, String code, String period) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals(code)
                    && r.getCell(4).getStringCellValue().equals(period)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code + " " + period);
    }

    @Test
    void oneRowPerIndicatorAndPeriodWithNumbersAsNumbers() throws IOException {
        login.as(c.user("lecteur"));
        try (XSSFWorkbook wb = read(xlsx.dashboard(c.w().conventionId(), Locale.FRENCH))) {
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Tableau de bord des indicateurs");
            Sheet sheet = wb.getSheet("Valeurs");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(texts(sheet.getRow(0))).containsExactly("Groupe thématique", "Code", "Indicateur", "Unité",
                    "Période", "Valeur", "Cible", "Écart à la cible", "Atteinte de la cible", "Calculé", "Source",
                    "Précision sur la source", "Statut", "Motif (valeur atypique)", "Commentaire", "Mise à jour le");
            assertThat(sheet.getLastRowNum()).as("7 values, the ratio computed").isEqualTo(7);
            Row places = rowOf(sheet, "EAJE_PLACES", "2024");
            assertThat(places.getCell(0).getStringCellValue()).isEqualTo("Groupe A");
            assertThat(places.getCell(3).getStringCellValue()).isEqualTo("places");
            Cell value = places.getCell(5);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(54);
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(places.getCell(6).getNumericCellValue()).isEqualTo(60);
            assertThat(places.getCell(7).getNumericCellValue()).isEqualTo(-6);
            Cell attainment = places.getCell(8);
            assertThat(attainment.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(attainment.getNumericCellValue()).isEqualTo(0.9);
            assertThat(attainment.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(places.getCell(10).getStringCellValue()).isEqualTo("Caf");
            assertThat(places.getCell(12).getStringCellValue()).isEqualTo("Non validée");
            Cell updated = places.getCell(15);
            assertThat(updated.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(updated)).isTrue();
            assertThat(updated.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");

            Row formula = rowOf(sheet, "EAJE_PLACES", "2023");
            assertThat(formula.getCell(12).getStringCellValue()).isEqualTo("Validée");
            assertThat(formula.getCell(14).getCellType()).as("a comment typed as a formula stays text")
                    .isEqualTo(CellType.STRING);
            assertThat(formula.getCell(14).getStringCellValue()).isEqualTo("=SOMME(A1:A9)");

            Row coverage = rowOf(sheet, "COUV_EAJE", "2023");
            assertThat(coverage.getCell(5).getNumericCellValue()).isEqualTo(25);
            assertThat(coverage.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(coverage.getCell(9).getStringCellValue()).isEqualTo("oui");
            assertThat(coverage.getCell(6).getCellType()).as("no target for 2023").isEqualTo(CellType.BLANK);

            assertThat(rowOf(sheet, "LAEP_FREQ", "2024-T2").getCell(13).getStringCellValue())
                    .isEqualTo("Ouverture d’un second créneau");
            Row delay = rowOf(sheet, "DELAI_RDV", "2024");
            assertThat(delay.getCell(8).getNumericCellValue()).as("lower is better: target ÷ value").isEqualTo(0.75);
            assertThat(delay.getCell(10).getStringCellValue()).isEqualTo("Communauté de communes");

            Sheet summary = wb.getSheet("Synthèse par groupe");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Groupe A");
            assertThat(summary.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(6);
            assertThat(summary.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.9);
            assertThat(summary.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.75);
        }
    }

    @Test
    void headersFollowTheReadersLanguage() throws IOException {
        login.as(c.user("lecteur"));
        try (XSSFWorkbook wb = read(xlsx.dashboard(c.w().conventionId(), Locale.ENGLISH))) {
            Sheet sheet = wb.getSheet("Values");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(texts(sheet.getRow(0))).startsWith("Thematic group", "Code", "Indicator", "Unit", "Period",
                    "Value", "Target", "Gap to target", "Target attainment");
            assertThat(rowOf(sheet, "EAJE_PLACES", "2023").getCell(12).getStringCellValue()).isEqualTo("Validated");
            assertThat(wb.getSheet("Summary by group")).isNotNull();
        }
    }

    @Test
    void associationsGetOnlyWhatIsPublishedToThemAndStrangersNothing() throws IOException {
        login.as(c.user("association"));
        try (XSSFWorkbook wb = read(xlsx.dashboard(c.w().conventionId(), Locale.FRENCH))) {
            assertThat(wb.getNumberOfSheets()).as("no summary by group").isEqualTo(1);
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("DELAI_RDV");
            for (int column : new int[] {12, 13, 15}) {
                var cell = sheet.getRow(1).getCell(column);
                assertThat(cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
                        .as("no validation, outlier reason or update time for associations (column " + column + ")").isTrue();
            }
        }
        IndicatorFixture.Catalogue other = fixture.create();
        login.as(other.user("secretariat"));
        assertThatThrownBy(() -> xlsx.dashboard(c.w().conventionId(), Locale.FRENCH))
                .as("a member of another convention").isInstanceOf(NotFoundException.class);
        try (XSSFWorkbook wb = read(xlsx.dashboard(other.w().conventionId(), Locale.FRENCH))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).as("none of the first convention's values").isZero();
        }
        String stranger = c.w().prefix() + "-stranger";
        SystemIdentity.run(() -> accounts.createAccount(stranger, "Sam Stranger", null, null, TestLogin.DEMO_PASSWORD,
                false));
        login.as(stranger);
        assertThatThrownBy(() -> xlsx.dashboard(c.w().conventionId(), Locale.FRENCH))
                .as("a non-member").isInstanceOfAny(NotFoundException.class, AccessRefusedException.class);
    }
}
