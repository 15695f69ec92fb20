package fr.ctg.means;

import java.util.List;

/**
 * What importing a means CSV would do, row by row, as for indicators: nothing is written until the person confirms,
 * and then only the rows that are not refused.
 */
public record MeansImportPreview(List<Row> rows, String fileErrorKey, List<Object> fileErrorArguments) {

    public enum Outcome {
        NEW, REPLACES, UNCHANGED, ERROR;

        public String labelKey() {
            return "means.csv.outcome." + name();
        }
    }

    /** One row of the file: its line, what it names, its outcome and, when refused, why. */
    public record Row(int line, String summary, Outcome outcome, String messageKey, List<Object> messageArguments) {
    }

    public boolean fileRejected() {
        return fileErrorKey != null;
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long writable() {
        return count(Outcome.NEW) + count(Outcome.REPLACES);
    }
}
