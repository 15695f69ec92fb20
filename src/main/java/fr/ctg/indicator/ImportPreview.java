package fr.ctg.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * What importing a CSV file would do, row by row (nothing is written until the person confirms): each row's
 * line, what it holds and its outcome with a message key and arguments when it is refused or noteworthy.
 */
public record ImportPreview(List<Row> rows, String fileErrorKey, List<Object> fileErrorArguments) {

    public enum Outcome {
        NEW, REPLACES, UNCHANGED, SKIPPED, ERROR;

        public String labelKey() {
            return "indicator.csv.outcome." + name();
        }
    }

    /** One row: {@code previous} is the value it replaces, if any. */
    public record Row(int line, String code, String period, BigDecimal value, BigDecimal previous, Outcome outcome,
                      String messageKey, List<Object> messageArguments) {
    }

    public boolean fileRejected() {
        return fileErrorKey != null;
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Rows that would be written. */
    public long writable() {
        return count(Outcome.NEW) + count(Outcome.REPLACES);
    }
}
