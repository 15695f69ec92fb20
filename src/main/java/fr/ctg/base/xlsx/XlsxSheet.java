package fr.ctg.base.xlsx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * A sheet of an {@link XlsxWorkbook}: the header row (bold, frozen, with an auto-filter), then rows written cell by
 * cell from the left: {@code sheet.row().text("Caf").number(1234.5, XlsxWorkbook.DECIMAL).date(day)}. A null value
 * leaves its cell empty.
 */
public final class XlsxSheet {

    /** Dates and times are written as Paris wall-clock time, as the portal shows them. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final XlsxWorkbook book;
    private final Sheet sheet;
    private final int columns;
    private final int[] widths;
    private @Nullable Row row;
    private int column;

    XlsxSheet(XlsxWorkbook book, Sheet sheet, List<String> headers) {
        this.book = book;
        this.sheet = sheet;
        this.columns = headers.size();
        this.widths = new int[Math.max(1, columns)];
        Arrays.fill(widths, MIN_WIDTH);
        Row first = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(book.headerStyle());
            fit(c, headers.get(c).length() + 3);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Starts the next row. */
    public XlsxSheet row() {
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
        return this;
    }

    /** Text, stored as text whatever it begins with (a leading {@code =} is never a formula). */
    public XlsxSheet text(@Nullable String value) {
        Cell cell = next();
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            cell.setCellStyle(book.textStyle(looksLikeAFormula(value)));
            fit(cell.getColumnIndex(), value.lines().mapToInt(String::length).max().orElse(0) + 1);
        }
        return this;
    }

    /** A number in a numeric cell, shown with {@code format} (e.g. {@link XlsxWorkbook#DECIMAL}). */
    public XlsxSheet number(@Nullable Number value, String format) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(book.style(format));
            fit(cell.getColumnIndex(), 14);
        }
        return this;
    }

    /** A number shown with exactly {@code decimals} decimals and thousands grouping ({@code #,##0.0…}). */
    public XlsxSheet decimal(@Nullable BigDecimal value, int decimals) {
        return number(value, decimalsFormat(decimals));
    }

    /** A day in a date cell ({@link XlsxWorkbook#DATE}). */
    public XlsxSheet date(@Nullable LocalDate value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(book.style(XlsxWorkbook.DATE));
            fit(cell.getColumnIndex(), 12);
        }
        return this;
    }

    /** A moment in a date cell, as Paris time to the minute ({@link XlsxWorkbook#DATE_TIME}). */
    public XlsxSheet dateTime(@Nullable Instant value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, PARIS));
            cell.setCellStyle(book.style(XlsxWorkbook.DATE_TIME));
            fit(cell.getColumnIndex(), 17);
        }
        return this;
    }

    /** An empty cell. */
    public XlsxSheet blank() {
        next();
        return this;
    }

    /** The format for {@code decimals} decimals: {@code #,##0}, {@code #,##0.0}, {@code #,##0.00}… */
    public static String decimalsFormat(int decimals) {
        return decimals <= 0 ? XlsxWorkbook.INTEGER : XlsxWorkbook.INTEGER + "." + "0".repeat(Math.min(decimals, 10));
    }

    static boolean looksLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private Cell next() {
        if (row == null) {
            row();
        }
        return row.createCell(column++);
    }

    private void fit(int c, int chars) {
        if (c < widths.length) {
            widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, chars));
        }
    }

    void finish() {
        if (columns == 0) {
            return;
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
