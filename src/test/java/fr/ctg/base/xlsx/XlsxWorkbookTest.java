package fr.ctg.base.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared writer: frozen bold header with a filter, numeric numbers, real dates, text never a formula. */
class XlsxWorkbookTest {

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] sample() {
        XlsxWorkbook book = XlsxWorkbook.create("Essai", Locale.FRENCH);
        XlsxSheet sheet = book.sheet("Feuille: 1/2 [test]", List.of("Nom", "Montant", "Part", "Jour", "Saisi le", "Places"));
        sheet.row().text("=HYPERLINK(\"http://evil.example\";\"clic\")").number(new BigDecimal("1234.5"), XlsxWorkbook.DECIMAL)
                .number(0.125, XlsxWorkbook.PERCENT).date(LocalDate.of(2026, 11, 28))
                .dateTime(Instant.parse("2026-11-28T13:05:00Z")).decimal(new BigDecimal("24"), 0);
        sheet.row().text("-12 heures").blank().number(null, XlsxWorkbook.DECIMAL).date(null).dateTime(null).text(null);
        sheet.row().text("Caf du Gers");
        return book.toBytes();
    }

    @Test
    void theHeaderIsBoldFrozenAndFilteredAndTheDocumentSaysWhatItIs() throws IOException {
        try (XSSFWorkbook wb = read(sample())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).as("made safe for Excel").isEqualTo("Feuille  1 2  test ");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F4");
            Cell header = sheet.getRow(0).getCell(1);
            assertThat(header.getStringCellValue()).isEqualTo("Montant");
            assertThat(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(wb.getFontAt(sheet.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getColumnWidth(0)).as("wide enough for the longest text").isEqualTo(41 * 256);
            assertThat(sheet.getColumnWidth(5)).isGreaterThanOrEqualTo(9 * 256);
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Essai");
            assertThat(core.getCreator()).isEqualTo("Portail CTG");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("fr-FR");
        }
        try (XSSFWorkbook wb = read(XlsxWorkbook.create("Test", Locale.ENGLISH).toBytes())) {
            assertThat(wb.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains("en-GB");
        }
    }

    @Test
    void numbersAreNumericCellsWithLocaleNeutralFormats() throws IOException {
        try (XSSFWorkbook wb = read(sample())) {
            var row = wb.getSheetAt(0).getRow(1);
            Cell amount = row.getCell(1);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(new DataFormatter(Locale.FRENCH).formatCellValue(amount)).isEqualTo("1\u202f234,50");
            assertThat(new DataFormatter(Locale.ENGLISH).formatCellValue(amount)).isEqualTo("1,234.50");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(XlsxSheet.decimalsFormat(3)).isEqualTo("#,##0.000");
            var empty = wb.getSheetAt(0).getRow(2);
            assertThat(empty.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(empty.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void datesAreDateCells() throws IOException {
        try (XSSFWorkbook wb = read(sample())) {
            var row = wb.getSheetAt(0).getRow(1);
            Cell day = row.getCell(3);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 28));
            Cell moment = row.getCell(4);
            assertThat(DateUtil.isCellDateFormatted(moment)).isTrue();
            assertThat(moment.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(moment.getLocalDateTimeCellValue()).as("Paris time").hasToString("2026-11-28T14:05");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook wb = read(sample())) {
            var sheet = wb.getSheetAt(0);
            Cell formula = sheet.getRow(1).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\";\"clic\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).as("stays text when edited").isTrue();
            Cell minus = sheet.getRow(2).getCell(0);
            assertThat(minus.getCellType()).isEqualTo(CellType.STRING);
            assertThat(minus.getCellStyle().getQuotePrefixed()).isTrue();
            Cell plain = sheet.getRow(3).getCell(0);
            assertThat(plain.getCellType()).isEqualTo(CellType.STRING);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void sheetNamesStayUniqueAndColumnsStayReadable() throws IOException {
        XlsxWorkbook book = XlsxWorkbook.create("Essai", Locale.FRENCH);
        book.sheet("Totaux", List.of("a")).row().text("x".repeat(500));
        book.sheet("Totaux", List.of("a"));
        try (XSSFWorkbook wb = read(book.toBytes())) {
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Totaux (2)");
            assertThat(wb.getSheetAt(0).getColumnWidth(0)).as("capped").isEqualTo(60 * 256);
            assertThat(wb.getSheetAt(1).getColumnWidth(0)).as("at least").isEqualTo(8 * 256);
        }
    }
}
