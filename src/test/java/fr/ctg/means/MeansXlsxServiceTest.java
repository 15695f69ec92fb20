package fr.ctg.means;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.SystemIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Annexe 1 in Excel: the lines with each quantity in its nature's column, the totals, the CSV's access rules. */
@CtgSpringTest
class MeansXlsxServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired MeansService means;
    @Autowired MeansXlsxService xlsx;
    @Autowired ConventionHistoryService history;
    @Autowired AccountService accounts;

    EditingFixture.World w;

    @BeforeEach
    void setUp() {
        w = fixture.create();
        login.as(w.user("secretariat"));
        var parties = history.current(w.conventionId()).parties();
        long caf = parties.get(0).id();
        long cc = parties.get(1).id();
        means.create(w.conventionId(), line(caf, 2025, MeansCategory.FUNDING, "Prestation de service", "42000", null,
                FundingSource.CAF_ACTION_SOCIALE));
        means.create(w.conventionId(), line(cc, 2025, MeansCategory.STAFF, "Animatrice RPE", "0.8", null, null));
        means.create(w.conventionId(), line(cc, 2025, MeansCategory.SERVICE_OFFER, "Places d’EAJE", "24", "places", null));
        means.create(w.conventionId(), line(caf, 2026, MeansCategory.FUNDING, "=1+1 bonus", "8000.50", null,
                FundingSource.BONUS_TERRITOIRE));
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private MeansDraft line(long party, int year, MeansCategory category, String label, String quantity, String unit,
                            FundingSource source) {
        return new MeansDraft(party, w.fieldA(), year, category, label, new BigDecimal(quantity), unit, source,
                Set.of(w.objectiveId()));
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(cell.getStringCellValue()));
        return out;
    }

    @Test
    void theLinesWithTheirQuantitiesAsNumbersAndTheTotals() throws IOException {
        login.as(w.user("lecteur"));
        try (XSSFWorkbook wb = read(xlsx.export(w.conventionId(), Locale.FRENCH))) {
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("Portail CTG");
            Sheet lines = wb.getSheet("Lignes");
            assertThat(lines.getPaneInformation().isFreezePane()).isTrue();
            assertThat(texts(lines.getRow(0))).containsExactly("Partenaire", "Champ", "Année", "Nature", "Libellé",
                    "Quantité (offre de service)", "Unité", "Personnel (ETP)", "Financement (€)",
                    "Source du financement", "Objectifs");
            assertThat(lines.getLastRowNum()).isEqualTo(4);
            Row funding = lines.getRow(1);
            assertThat(funding.getCell(0).getStringCellValue()).isEqualTo("Caf");
            assertThat(funding.getCell(1).getStringCellValue()).isEqualTo("Champ A");
            assertThat(funding.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(funding.getCell(2).getNumericCellValue()).isEqualTo(2025);
            assertThat(funding.getCell(2).getCellStyle().getDataFormatString()).as("no grouping in a year").isEqualTo("0");
            assertThat(funding.getCell(3).getStringCellValue()).isEqualTo("Financement (€)");
            Cell amount = funding.getCell(8);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(42000);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(funding.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(funding.getCell(9).getStringCellValue()).isEqualTo("Caf – action sociale");
            assertThat(funding.getCell(10).getStringCellValue()).isEqualTo("Ouvrir un lieu d’accueil enfants-parents");
            Row staff = lines.getRow(2);
            assertThat(staff.getCell(7).getNumericCellValue()).isEqualTo(0.8);
            assertThat(staff.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row offer = lines.getRow(3);
            assertThat(offer.getCell(5).getNumericCellValue()).isEqualTo(24);
            assertThat(offer.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(offer.getCell(6).getStringCellValue()).isEqualTo("places");
            Cell formula = lines.getRow(4).getCell(4);
            assertThat(formula.getCellType()).as("a label typed as a formula stays text").isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=1+1 bonus");
            assertThat(lines.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(8000.5);

            Sheet totals = wb.getSheet("Totaux");
            assertThat(totals.getPaneInformation().isFreezePane()).isTrue();
            assertThat(texts(totals.getRow(0))).containsExactly("Regroupement", "Groupe", "Nature", "Unité", "Total");
            Row cafTotal = find(totals, "Par partenaire", "Caf");
            assertThat(cafTotal.getCell(3).getStringCellValue()).isEqualTo("€");
            assertThat(cafTotal.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cafTotal.getCell(4).getNumericCellValue()).isEqualTo(50000.5);
            assertThat(cafTotal.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(find(totals, "Par année", "2026").getCell(4).getNumericCellValue()).isEqualTo(8000.5);
            assertThat(find(totals, "Par champ", "Champ A")).isNotNull();
            assertThat(totals.getLastRowNum()).as("3 per partner, 3 per field, 4 per year").isEqualTo(10);
        }
    }

    private static Row find(Sheet sheet, String grouping, String group) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(grouping)
                    && r.getCell(1).getStringCellValue().equals(group)) {
                return r;
            }
        }
        throw new AssertionError("no total " + grouping + " " + group);
    }

    @Test
    void headersFollowTheReadersLanguage() throws IOException {
        try (XSSFWorkbook wb = read(xlsx.export(w.conventionId(), Locale.ENGLISH))) {
            assertThat(texts(wb.getSheet("Lines").getRow(0))).startsWith("Partner", "Field", "Year", "Kind", "Label",
                    "Quantity (service offer)", "Unit", "Staff (FTE)", "Funding (€)");
            Sheet totals = wb.getSheet("Totals");
            assertThat(totals.getPaneInformation().isFreezePane()).isTrue();
            assertThat(find(totals, "By partner", "Caf").getCell(4).getNumericCellValue()).isEqualTo(50000.5);
        }
    }

    @Test
    void onlyTheConventionsReadersExportIt() throws IOException {
        login.as(w.user("association"));
        assertThatThrownBy(() -> xlsx.export(w.conventionId(), Locale.FRENCH)).isInstanceOf(AccessRefusedException.class);
        EditingFixture.World other = fixture.create();
        login.as(other.user("secretariat"));
        assertThatThrownBy(() -> xlsx.export(w.conventionId(), Locale.FRENCH))
                .as("a member of another convention").isInstanceOf(NotFoundException.class);
        try (XSSFWorkbook wb = read(xlsx.export(other.conventionId(), Locale.FRENCH))) {
            assertThat(wb.getSheet("Lignes").getLastRowNum()).as("none of the first convention's lines").isZero();
            assertThat(wb.getSheet("Totaux").getLastRowNum()).isZero();
        }
        String stranger = w.prefix() + "-stranger";
        SystemIdentity.run(() -> accounts.createAccount(stranger, "Sam Stranger", null, null, TestLogin.DEMO_PASSWORD,
                false));
        login.as(stranger);
        assertThatThrownBy(() -> xlsx.export(w.conventionId(), Locale.FRENCH)).as("a non-member")
                .isInstanceOf(NotFoundException.class);
    }
}
