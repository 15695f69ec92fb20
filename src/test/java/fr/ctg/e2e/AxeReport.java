package fr.ctg.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * axe-core results of every page the journeys reach, rewritten to {@code target/e2e/axe.md} after each check:
 * rules passed (proof that axe ran) and the serious or critical violations (which fail the journey).
 */
final class AxeReport {

    private record Result(long passes, List<Map<String, Object>> serious) {
    }

    private static final Map<String, Result> RESULTS = new ConcurrentSkipListMap<>();

    private AxeReport() {
    }

    /** Runs axe on the page, records it under this name and returns the serious or critical violations. */
    static List<Map<String, Object>> record(Browser b, String page) {
        List<Map<String, Object>> serious = b.axe();
        RESULTS.put(page, new Result(b.lastPasses, serious));
        write();
        return serious;
    }

    /** Runs axe on the page, records it and fails on any serious or critical violation. */
    static void check(Browser b, String page) {
        assertThat(record(b, page)).as("axe-core on " + page).isEmpty();
    }

    private static synchronized void write() {
        StringBuilder md = new StringBuilder("| page | axe rules passed | serious/critical violations |\n|---|---|---|\n");
        RESULTS.forEach((page, r) -> md.append("| ").append(page).append(" | ").append(r.passes()).append(" | ")
                .append(r.serious().isEmpty() ? "0" : r.serious().toString().replace("|", "/")).append(" |\n"));
        try {
            Files.createDirectories(Browser.OUT);
            Files.writeString(Browser.OUT.resolve("axe.md"), md);
            // what the accessibility statement quotes (src/main/resources/legal/axe-audit.properties)
            Files.writeString(Browser.OUT.resolve("axe-audit.properties"), "pages=" + RESULTS.size()
                    + "\nseriousOrCritical=" + RESULTS.values().stream().mapToLong(r -> r.serious().size()).sum() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
