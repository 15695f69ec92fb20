package fr.ctg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes a benchmark's or a drill's figures to {@code target/bench/<name>.json} and {@code .md}, with the machine's conditions. */
public final class BenchReport {

    private BenchReport() {
    }

    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + (System.getenv("CTG_DB_URL") == null ? ", embedded MariaDB 11.4" : ", MariaDB server")
                + ", load generator on the same machine";
    }

    public static void write(String name, String title, Map<String, ?> figures) {
        Map<String, Object> all = new TreeMap<>(figures);
        all.put("machine", machine());
        String json = all.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Number
                ? e.getValue().toString() : "\"" + e.getValue().toString().replace("\"", "'") + "\""))
                .collect(Collectors.joining(",", "{\"benchmark\":\"" + name + "\",", "}\n"));
        String md = "# " + title + "\n\n| figure | value |\n|---|---|\n" + all.entrySet().stream()
                .map(e -> "| " + e.getKey() + " | " + e.getValue() + " |").collect(Collectors.joining("\n")) + "\n";
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), json);
            Files.writeString(dir.resolve(name + ".md"), md);
            System.out.println("\n" + md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
