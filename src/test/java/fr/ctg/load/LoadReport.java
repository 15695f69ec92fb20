package fr.ctg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a load benchmark measured, written to {@code target/bench/<name>.json} and a short {@code <name>.md}, with the
 * machine it ran on (the load generator shares it with the app).
 */
final class LoadReport {

    static final Path OUT = Path.of(System.getProperty("load.outputDir", "target/bench"));

    final String name;
    final ObjectNode json = VaadinTab.JSON.createObjectNode();
    private final List<String> lines = new ArrayList<>();
    private final long start = System.nanoTime();

    LoadReport(String name, String title) {
        this.name = name;
        lines.add("# " + title);
        lines.add("");
        json.put("benchmark", name);
        json.put("started", Instant.now().toString());
        ObjectNode machine = json.putObject("machine");
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", os.getName() + " " + os.getVersion() + " " + os.getArch());
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            machine.put("memoryBytes", sun.getTotalMemorySize());
        }
        machine.put("loadGeneratorJava", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("loadGenerator", "same machine as the app (java.net.http client in the failsafe JVM)");
        machine.put("loadAverageAtStart", os.getSystemLoadAverage());
        machine.put("appUrl", LoadHttp.BASE);
    }

    void app(AppJmx jmx) {
        ObjectNode app = json.putObject("app");
        app.put("vm", jmx.vm());
        app.put("maxHeapBytes", jmx.maxHeap());
        app.put("jvmArguments", String.join(" ", jmx.jvmArguments()));
    }

    void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        lines.add(s);
        System.out.println("[" + name + "] " + s);
    }

    void write() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        ObjectNode machine = (ObjectNode) json.get("machine");
        machine.put("loadAverageAtEnd", os.getSystemLoadAverage());
        json.put("durationSeconds", Math.round((System.nanoTime() - start) / 1e9));
        List<String> out = new ArrayList<>(lines);
        out.add("");
        out.add(String.format(Locale.ROOT, "Machine: %d cores, %s, %.1f GB RAM; load generator: %s, on the same machine "
                        + "as the app (they share the CPU); app JVM: %s; load average %.2f at start, %.2f at end "
                        + "(other processes on the machine count too); run took %d s.",
                machine.get("cores").asInt(), machine.get("os").asString(),
                machine.path("memoryBytes").asLong(0) / 1e9, machine.get("loadGeneratorJava").asString(),
                json.path("app").path("vm").asString("?"), machine.get("loadAverageAtStart").asDouble(),
                machine.get("loadAverageAtEnd").asDouble(), json.get("durationSeconds").asLong()));
        out.add("");
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve(name + ".json"),
                    VaadinTab.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json), StandardCharsets.UTF_8);
            Files.writeString(OUT.resolve(name + ".md"), String.join("\n", out), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("[" + name + "] written to " + OUT.toAbsolutePath().resolve(name + ".{json,md}"));
    }

    /** The machine's 1-minute load average now (2 cores: above 2 means processes waited for a CPU). */
    static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
