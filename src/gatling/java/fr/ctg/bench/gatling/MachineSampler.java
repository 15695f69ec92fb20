package fr.ctg.bench.gatling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples the machine while the simulation runs (every 2 s): CPU busy % of the whole machine from /proc/stat, the
 * load average, and how that CPU was shared between the load generator (this JVM), the app (its JVM and its
 * MariaDB, found by {@code ctg.gatling.appMarkers} in their command lines) and everything else (other builds or
 * tests on the machine), all as % of all cores. Written as
 * {@code ctg-machine.json} beside Gatling's results, with the step timeline, all times in ms since the run start.
 */
final class MachineSampler {

    record Sample(long t, double machineBusyPercent, double load1, double gatlingCpuPercent, double appCpuPercent,
                  double othersCpuPercent) {
    }

    /** The app's JVM and its MariaDB are told apart by a piece of their command line. */
    private final List<String> appMarkers = java.util.Arrays.stream(
            System.getProperty("ctg.gatling.appMarkers", "").split(",")).map(String::strip)
            .filter(m -> !m.isEmpty()).toList();
    private final long self = ProcessHandle.current().pid();

    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running;
    private long startMillis;
    private Thread thread;

    synchronized void start(long startMillis) {
        running = true;
        this.startMillis = startMillis;
        thread = new Thread(() -> loop(startMillis), "ctg-machine-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(long startMillis) {
        long[] previous = cpuTicks();
        java.util.Map<Long, Long> previousProcs = processTicks();
        while (running) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            long[] now = cpuTicks();
            java.util.Map<Long, Long> procs = processTicks();
            double busy = -1;
            double gatling = -1;
            double app = -1;
            double others = -1;
            if (previous != null && now != null && now[1] > previous[1]) {
                double total = now[1] - previous[1];
                busy = 100.0 * (now[0] - previous[0]) / total;
                long selfTicks = 0;
                long appTicks = 0;
                for (var e : procs.entrySet()) {
                    Long before = previousProcs.get(e.getKey());
                    if (before == null) {
                        continue;
                    }
                    long d = Math.max(0, Math.abs(e.getValue()) - Math.abs(before));
                    if (e.getKey() == self) {
                        selfTicks += d;
                    } else if (e.getValue() < 0) { // marked as the app's
                        appTicks += d;
                    }
                }
                gatling = 100.0 * selfTicks / total;
                app = 100.0 * appTicks / total;
                others = Math.max(0, busy - gatling - app);
            }
            previous = now;
            previousProcs = procs;
            synchronized (samples) {
                samples.add(new Sample(System.currentTimeMillis() - startMillis, busy, load1(), gatling, app, others));
            }
        }
    }

    /** pid → utime+stime ticks; negative for the app's processes (JVM, database), as a mark. */
    private java.util.Map<Long, Long> processTicks() {
        java.util.Map<Long, Long> ticks = new java.util.HashMap<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                String name = d.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name);
                    String stat = Files.readString(d.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]) + 1; // utime, stime (+1: never 0)
                    boolean isApp = false;
                    if (pid != self && !appMarkers.isEmpty()) {
                        String cmd = new String(Files.readAllBytes(d.resolve("cmdline")),
                                java.nio.charset.StandardCharsets.UTF_8);
                        isApp = appMarkers.stream().anyMatch(cmd::contains);
                    }
                    ticks.put(pid, isApp ? -t : t);
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            // no /proc
        }
        return ticks;
    }

    /** {busy, total} jiffies over all cores, or null where /proc/stat is not there. */
    private static long[] cpuTicks() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = line.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    void stopAndWrite(Path dir, List<ObjectiveEditingSimulation.Step> steps, int[] levels, int steady, int settle) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        StringBuilder json = new StringBuilder("{\n  \"startEpochMs\": ").append(startMillis)
                .append(",\n  \"cores\": ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(",\n  \"steadySeconds\": ").append(steady)
                .append(",\n  \"settleSeconds\": ").append(settle)
                .append(",\n  \"steps\": [");
        for (int i = 0; i < steps.size(); i++) {
            var s = steps.get(i);
            json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"users\": %d, \"rampStartMs\": %d, \"steadyStartMs\": %d, \"steadyEndMs\": %d}",
                    s.users(), s.rampStart(), s.steadyStart(), s.steadyEnd()));
        }
        json.append("\n  ],\n  \"samples\": [");
        synchronized (samples) {
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                        "    {\"t\": %d, \"machineBusyPercent\": %.1f, \"load1\": %.2f, \"gatlingCpuPercent\": %.1f, "
                                + "\"appCpuPercent\": %.1f, \"othersCpuPercent\": %.1f}",
                        s.t(), s.machineBusyPercent(), s.load1(), s.gatlingCpuPercent(), s.appCpuPercent(),
                        s.othersCpuPercent()));
            }
        }
        json.append("\n  ]\n}\n");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("ctg-machine.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
