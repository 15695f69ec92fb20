package fr.ctg.base.csv;

/**
 * Line numbers (from 1, as a spreadsheet or an editor shows them) of character positions read in increasing order:
 * where a record of Commons CSV ({@code CSVRecord.getCharacterPosition()}) starts in its file.
 */
public final class CsvLines {

    private final String text;
    private int position;
    private int line = 1;

    public CsvLines(String text) {
        this.text = text;
    }

    public int at(long characterPosition) {
        // Commons CSV gives the position where it started reading: before the empty lines it skipped
        long start = characterPosition;
        while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
            start++;
        }
        for (; position < start && position < text.length(); position++) {
            if (text.charAt(position) == '\n') {
                line++;
            }
        }
        return line;
    }
}
