package fr.ctg.drill;

import fr.ctg.bench.BenchReport;
import java.util.Map;

/** A drill's figures, to {@code target/bench/drill-<name>.json} and {@code .md}. */
final class DrillReport {

    private DrillReport() {
    }

    static void write(String name, Map<String, ?> figures) {
        BenchReport.write("drill-" + name, "Drill: " + name, figures);
    }
}
