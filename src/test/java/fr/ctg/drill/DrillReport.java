package fr.ctg.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes a drill's figures to {@code target/bench/drill-<name>.json} and {@code .md}, with the machine's conditions. */
final class DrillReport {

    private DrillReport() {
    }

    static void write(String name, Map<String, ?> figures) {
        Map<String, Object> all = new TreeMap<>(figures);
        all.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + (System.getenv("CTG_DB_URL") == null ? ", embedded MariaDB" : ", MariaDB server " + System.getenv("CTG_DB_URL")));
        String json = all.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Number
                ? e.getValue().toString() : "\"" + e.getValue().toString().replace("\"", "'") + "\""))
                .collect(Collectors.joining(",", "{\"drill\":\"" + name + "\",", "}\n"));
        String md = "# Drill: " + name + "\n\n| figure | value |\n|---|---|\n" + all.entrySet().stream()
                .map(e -> "| " + e.getKey() + " | " + e.getValue() + " |").collect(Collectors.joining("\n")) + "\n";
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("drill-" + name + ".json"), json);
            Files.writeString(dir.resolve("drill-" + name + ".md"), md);
            System.out.printf(Locale.ROOT, "%n%s%n", md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
