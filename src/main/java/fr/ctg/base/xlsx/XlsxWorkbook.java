package fr.ctg.base.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook (XLSX, Apache POI) for people to open in Excel or LibreOffice: one {@link XlsxSheet} per table,
 * each with a bold header row that stays in view (frozen) and carries an auto-filter; numbers are numeric cells and
 * dates real date cells, with locale-neutral formats ({@link #INTEGER}, {@link #DECIMAL}, {@link #PERCENT},
 * {@link #DATE}) that the spreadsheet shows in its reader's language — "1 234,50" in French, "1,234.50" in English.
 * Text is always stored as text, never as a formula; a value that a spreadsheet would take for one ({@code =},
 * {@code +}, {@code -}, {@code @}) is also marked "quote prefixed", so that editing the cell does not turn it into
 * one. The document's title, its creator ("Portail CTG") and its language are in the core properties.
 *
 * <p>XSSF rather than SXSSF: the portal's exports are bounded (a convention's indicators × periods, Annexe 1's
 * lines, a call's submissions: hundreds to a few thousand rows), so the whole workbook fits in memory; XSSF needs no
 * temporary files to dispose of, and lets the column widths be set from every row once the sheet is written.
 */
public final class XlsxWorkbook {

    /** Whole numbers with thousands grouping: 1 234. */
    public static final String INTEGER = "#,##0";
    /** Two decimals with thousands grouping: 1 234,50. */
    public static final String DECIMAL = "#,##0.00";
    /** A ratio shown as a percentage with one decimal: 0.125 → 12,5 %. */
    public static final String PERCENT = "0.0%";
    /** A day: 28/11/2026. */
    public static final String DATE = "dd/mm/yyyy";
    /** A moment, to the minute: 28/11/2026 14:05. */
    public static final String DATE_TIME = "dd/mm/yyyy hh:mm";

    public static final String CREATOR = "Portail CTG";
    /** The media type of an XLSX file, for downloads. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;

    private XlsxWorkbook(String title, Locale locale) {
        PackageProperties properties = workbook.getProperties().getCoreProperties().getUnderlyingProperties();
        properties.setTitleProperty(title);
        properties.setCreatorProperty(CREATOR);
        properties.setLanguageProperty(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en-GB" : "fr-FR");
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(CREATOR);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
    }

    /** A new workbook; {@code locale} is the reader's language, recorded in the document's properties. */
    public static XlsxWorkbook create(String title, Locale locale) {
        return new XlsxWorkbook(title, locale);
    }

    /** A new sheet with its header row (its name made safe for Excel: 31 characters, no {@code / \ ? * [ ] :}). */
    public XlsxSheet sheet(String name, List<String> headers) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String unique = safe;
        for (int n = 2; workbook.getSheet(unique) != null; n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        XlsxSheet sheet = new XlsxSheet(this, workbook.createSheet(unique), headers);
        sheets.add(sheet);
        return sheet;
    }

    /** The finished file: every sheet's auto-filter and column widths set, then written. */
    public byte[] toBytes() {
        sheets.forEach(XlsxSheet::finish);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CellStyle headerStyle() {
        return header;
    }

    CellStyle textStyle(boolean quotePrefixed) {
        return quotePrefixed ? quoted : text;
    }

    /** One style per number or date format, shared by every cell that uses it (Excel limits the styles per file). */
    CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(text);
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            return s;
        });
    }
}
