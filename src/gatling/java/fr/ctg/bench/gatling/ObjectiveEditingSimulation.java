package fr.ctg.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Members editing objectives, spoken in Vaadin Flow's own client-server protocol (UIDL over HTTP, as the browser
 * does: the app's push channel only carries server-to-client messages, {@code alwaysXhrToServer}).
 *
 * <p>Each virtual member opens the login page, logs in with the form, opens the dashboard and one objective of the
 * Savès convention, then, every 3-5 s, types a new value into the title or the expected results and clicks save,
 * sending heartbeats every 10 s like the browser and closing the save notification when it would time out. When a
 * round trip fails (a check fails), the member reloads the objective (a new UI) and goes on; a member whose login
 * or reload fails leaves, so the summary reports how many members were really active in each step.
 * Correlation follows Vaadin's own Gatling load tests: {@code v-uiId} and the CSRF token
 * ({@code Vaadin-Security-Key}) from the {@code ?v-r=init} bootstrap JSON, {@code syncId} / {@code clientId}
 * re-read from every response, navigation as the client's {@code ui-navigate} event on the root node, components
 * found by their {@code id} attribute in the UIDL changes, a field value as property sync + {@code change} event,
 * a click as the {@code click} event.
 *
 * <p>Load steps: {@code ctg.gatling.levels} (default 50,100,200,400) concurrent members, each step ramped in,
 * left to settle, then held for {@code ctg.gatling.steadySeconds}. Every request is named after the step it falls
 * in ({@code "save @100"}) or {@code "@ramp-to-100"} when it falls in a ramp or settle window, so Gatling's own
 * statistics give the percentiles of each steady step.
 */
public class ObjectiveEditingSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("ctg.gatling.baseUrl", "http://localhost:8080");
    static final int[] LEVELS = Arrays.stream(System.getProperty("ctg.gatling.levels", "50,100,200,400").split(","))
            .map(String::strip).mapToInt(Integer::parseInt).toArray();
    static final int STEADY_SECONDS = Integer.getInteger("ctg.gatling.steadySeconds", 60);
    /** After a step's last member started: time for its login and first saves before the steady window opens. */
    static final int SETTLE_SECONDS = Integer.getInteger("ctg.gatling.settleSeconds", 10);
    /** Added to the first step's settle time: the freshly started app's JIT warms up unmeasured. */
    static final int WARMUP_SECONDS = Integer.getInteger("ctg.gatling.warmupSeconds", 30);
    /** New members started per second while ramping (each login costs a bcrypt check). */
    static final double RAMP_PER_SECOND = Double.parseDouble(System.getProperty("ctg.gatling.rampPerSecond", "5"));
    static final String PASSWORD = System.getProperty("ctg.gatling.password", "ctg-demo-2026");
    static final List<String> EDITORS = List.of(System.getProperty("ctg.gatling.accounts", "admin,secretariat,copil")
            .split(","));
    static final int FIRST_OBJECTIVE = Integer.getInteger("ctg.gatling.firstObjective", 1);
    static final int OBJECTIVES = Integer.getInteger("ctg.gatling.objectives", 10);
    static final long HEARTBEAT_MS = 10_000; // vaadin.heartbeatInterval=10 in application.properties

    /** The timeline: step i ramps in [rampStart, steadyStart - settle), settles, then holds [steadyStart, steadyEnd). */
    record Step(int users, long rampStart, long steadyStart, long steadyEnd) {
    }

    static final List<Step> STEPS = new ArrayList<>();
    static final long END_MS;

    static {
        long t = 0;
        int previous = 0;
        for (int users : LEVELS) {
            long ramp = rampSeconds(users - previous) * 1000L;
            long steadyStart = t + ramp + (SETTLE_SECONDS + (previous == 0 ? WARMUP_SECONDS : 0)) * 1000L;
            long steadyEnd = steadyStart + STEADY_SECONDS * 1000L;
            STEPS.add(new Step(users, t, steadyStart, steadyEnd));
            t = steadyEnd;
            previous = users;
        }
        END_MS = t;
    }

    static volatile long startMillis = System.currentTimeMillis();

    static int rampSeconds(int added) {
        return Math.max(5, (int) Math.ceil(added / RAMP_PER_SECOND));
    }

    static long elapsed() {
        return System.currentTimeMillis() - startMillis;
    }

    /** "@100" in the steady window of the 100-member step, "@ramp-to-100" while that step ramps in or settles. */
    static String label() {
        long now = elapsed();
        for (Step s : STEPS) {
            if (now < s.steadyStart()) {
                return "@ramp-to-" + s.users();
            }
            if (now < s.steadyEnd()) {
                return "@" + s.users();
            }
        }
        return "@end";
    }

    // ---- checks shared by every UIDL round trip

    static final String UIDL = "/?v-r=uidl&v-uiId=#{uiId}";

    /** Every UIDL answer: a JSON message, no refresh / resynchronisation / session expiry / error, fresh ids. */
    static CheckBuilder[] uidlChecks() {
        return new CheckBuilder[] {
                status().is(200),
                bodyString().saveAs("lastBody"),
                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                regex("\"clientId\":(\\d+)").saveAs("clientId"),
                regex("^for\\(;;\\);\\[\\{").exists().name("UIDL message"),
                regex("\"(appError|resynchronize|sessionExpired)\"|Vaadin-Refresh").notExists()
                        .name("no refresh, resync, expiry or error")
        };
    }

    static String nodeWithId(String id) {
        return "\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + id + "\"";
    }

    static String nodeWithTag(String tag) {
        return "\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"" + tag + "\"";
    }

    /** The UIDL request envelope, exactly as the Flow client's MessageSender builds it. */
    static String rpc(Session s, List<String> invocations) {
        return "{\"csrfToken\":\"" + s.getString("csrf") + "\",\"rpc\":[" + String.join(",", invocations)
                + "],\"syncId\":" + s.getString("syncId") + ",\"clientId\":" + s.getString("clientId") + "}";
    }

    static String json(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String event(String node, String event, String data) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\""
                + (data == null ? "" : ",\"data\":" + data) + "}";
    }

    static String sync(String node, String property, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + jsonValue + "}";
    }

    static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":412,\"event.clientY\":618,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":720,\"event.screenX\":412}";

    static HttpRequestActionBuilder uidl(String name, java.util.function.Function<Session, List<String>> rpcs) {
        return http(s -> name + " " + label()).post(UIDL)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(s -> rpc(s, rpcs.apply(s))))
                .check(uidlChecks());
    }

    static String navigate(String route) {
        return event("1", "ui-navigate", "{\"route\":" + json(route)
                + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}");
    }

    /** The bootstrap JSON of a new UI: its id, the CSRF token and the first sync ids. */
    static HttpRequestActionBuilder init(String name, String location) {
        return http(s -> name + " " + label()).get("/?v-r=init&location=" + location + "&query=")
                .check(status().is(200),
                        regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                        regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    // ---- the member

    static Session assign(Session s) {
        long id = s.userId();
        int objective = FIRST_OBJECTIVE + (int) (id % OBJECTIVES);
        // half the members on an objective edit its title, the other half its expected results
        String field = (id / OBJECTIVES) % 2 == 0 ? "objective-title" : "objective-expected-results";
        return s.setAll(Map.of(
                "username", EDITORS.get((int) (id % EDITORS.size())),
                "objective", objective,
                "field", field,
                "iteration", 0,
                "lastHeartbeat", System.currentTimeMillis(),
                "notifications", List.of()));
    }

    static final ChainBuilder LOGIN = exec(
            http(s -> "login page " + label()).get("/login").check(status().is(200)),
            init("login init", "login"),
            uidl("login view", s -> List.of(navigate("login")))
                    .check(regex(nodeWithTag("vaadin-login-form")).exists()),
            http(s -> "login " + label()).post("/login")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .check(status().is(200), currentLocation().is(BASE_URL + "/")));

    static final ChainBuilder HEARTBEAT = doIf(s -> System.currentTimeMillis() - s.getLong("lastHeartbeat")
            >= HEARTBEAT_MS).then(exec(
            http(s -> "heartbeat " + label()).post("/?v-r=heartbeat&v-uiId=#{uiId}").check(status().is(200)),
            exec(s -> s.set("lastHeartbeat", System.currentTimeMillis()))));

    static final ChainBuilder OPEN = exec(
            init("dashboard init", ""),
            exec(s -> s.set("lastHeartbeat", System.currentTimeMillis())), // a new UI: the browser's timer starts
            uidl("open dashboard", s -> List.of(navigate("")))
                    .check(regex(nodeWithId("card-objectives")).exists()),
            pause(Duration.ofMillis(500), Duration.ofMillis(1500)),
            uidl("open objective", s -> List.of(navigate("objectifs/" + s.getInt("objective"))))
                    .check(regex(nodeWithId("objective-save")).saveAs("saveNode"),
                            regex(s -> nodeWithId(s.getString("field"))).saveAs("fieldNode")),
            HEARTBEAT);

    /** Focus the field, type (value sync + change), as the browser sends it on leaving the field. */
    static List<String> typeRpcs(Session s) {
        List<String> rpcs = new ArrayList<>();
        for (Object n : s.getList("notifications")) { // the success notification timed out (4 s) in the browser
            String node = n.toString();
            rpcs.add(sync(node, "opened", "false"));
            rpcs.add(event(node, "opened-changed", "{}"));
            rpcs.add(event(node, "closed", null));
        }
        String field = s.getString("fieldNode");
        rpcs.add(event(field, "focus", "{\"event.target._nextFocusIsFromClient\":false}"));
        rpcs.add(sync(field, "value", json(s.getString("value"))));
        rpcs.add(event(field, "change", "{}"));
        return rpcs;
    }

    static final String SAVED = "Enregistr\\S{1,2} \\(version \\d+\\)";

    static final ChainBuilder TYPE_AND_SAVE = exec(
            exec(s -> s.set("iteration", s.getInt("iteration") + 1)
                    .set("value", (s.getString("field").equals("objective-title") ? "Titre" : "Résultats attendus")
                            + " — membre " + s.userId() + ", saisie " + (s.getInt("iteration") + 1))),
            uidl("type", ObjectiveEditingSimulation::typeRpcs),
            exec(s -> s.set("notifications", List.of())),
            uidl("save", s -> List.of(event(s.getString("fieldNode"), "blur",
                    "{\"event.target._nextBlurIsFromClient\":false}"), event(s.getString("saveNode"), "click", CLICK_DATA)))
                    .check(regex(SAVED + "|\"conflict-dialog\"").exists().name("saved, or conflict dialog"),
                            regex(nodeWithTag("vaadin-notification")).findAll().optional().saveAs("notifications"),
                            regex(nodeWithId("conflict-apply")).optional().saveAs("conflictApply")),
            // someone saved the same field between our typing and our save: keep ours, as a member would
            asLongAs(s -> s.contains("conflictApply") && s.getInt("conflictTries") < 3).on(exec(
                    exec(s -> s.set("conflictTries", s.getInt("conflictTries") + 1)),
                    uidl("resolve conflict", s -> List.of(event(s.getString("conflictApply"), "click", CLICK_DATA)))
                            .check(regex(SAVED + "|\"conflict-dialog\"").exists().name("saved, or conflict again"),
                                    regex(nodeWithTag("vaadin-notification")).findAll().optional()
                                            .saveAs("notifications"),
                                    regex(nodeWithId("conflict-apply")).optional().saveAs("conflictApply2")),
                    exec(ObjectiveEditingSimulation::nextConflict))),
            exec(s -> s.set("conflictTries", 0).remove("conflictApply")),
            exec(s -> s.contains("notifications") ? s : s.set("notifications", List.of())));

    static Session nextConflict(Session s) {
        Session next = s.remove("conflictApply");
        return next.contains("conflictApply2")
                ? next.set("conflictApply", next.getString("conflictApply2")).remove("conflictApply2") : next;
    }

    /** The first failed round trips' answers, kept for diagnosis in {@code failures/} beside the results. */
    static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    static Session dumpFailure(Session s) {
        int n = DUMPED.incrementAndGet();
        if (n <= 30) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("ctg.gatling.outputDir",
                        "target/gatling"), "failures");
                java.nio.file.Files.createDirectories(dir);
                String body = s.contains("lastBody") ? s.getString("lastBody") : "(no body)";
                java.nio.file.Files.writeString(dir.resolve(String.format("%02d-user%d-%s.txt", n, s.userId(),
                        label().replace("@", "at"))), body.length() > 20_000 ? body.substring(0, 20_000) : body);
            } catch (java.io.IOException e) {
                // diagnosis only
            }
        }
        return s;
    }

    /** What a member does when the page goes wrong: reload it (a new UI on the same objective). */
    static final ChainBuilder RELOAD = exec(
            exec(s -> dumpFailure(s).markAsSucceeded().remove("conflictApply").set("conflictTries", 0)
                    .set("notifications", List.of())),
            init("reload init", "objectifs%2F#{objective}"),
            exec(s -> s.set("lastHeartbeat", System.currentTimeMillis())),
            uidl("reload objective", s -> List.of(navigate("objectifs/" + s.getInt("objective"))))
                    .check(regex(nodeWithId("objective-save")).saveAs("saveNode"),
                            regex(s -> nodeWithId(s.getString("field"))).saveAs("fieldNode")));

    static final ScenarioBuilder MEMBERS = scenario("Objective editing")
            .exec(s -> assign(s).set("conflictTries", 0))
            .exec(LOGIN)
            .exitHereIfFailed()
            .exec(OPEN)
            .exitHereIfFailed()
            .asLongAs(s -> elapsed() < END_MS).on(
                    pause(Duration.ofSeconds(3), Duration.ofSeconds(5)),
                    exec(HEARTBEAT),
                    doIf(s -> elapsed() < END_MS).then(exec(TYPE_AND_SAVE)),
                    doIf(Session::isFailed).then(exec(RELOAD)),
                    exitHereIfFailed());

    static final MachineSampler SAMPLER = new MachineSampler();

    @Override
    public void before() {
        startMillis = System.currentTimeMillis();
        System.out.println("ctg-gatling steps " + STEPS + ", end at " + END_MS / 1000 + " s");
        SAMPLER.start(startMillis);
    }

    @Override
    public void after() {
        SAMPLER.stopAndWrite(java.nio.file.Path.of(System.getProperty("ctg.gatling.outputDir", "target/gatling")),
                STEPS, LEVELS, STEADY_SECONDS, SETTLE_SECONDS);
    }

    HttpProtocolBuilder httpProtocol = http.baseUrl(BASE_URL)
            .acceptHeader("*/*")
            .acceptEncodingHeader("gzip, deflate")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) ctg-gatling");

    {
        List<OpenInjectionStep> injection = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < STEPS.size(); i++) {
            Step s = STEPS.get(i);
            int added = s.users() - previous;
            injection.add(rampUsers(added).during(Duration.ofSeconds(rampSeconds(added))));
            injection.add(nothingFor(Duration.ofMillis(s.steadyEnd() - s.rampStart()
                    - rampSeconds(added) * 1000L)));
            previous = s.users();
        }
        setUp(MEMBERS.injectOpen(injection)).protocols(httpProtocol)
                .maxDuration(Duration.ofMillis(END_MS + 120_000));
    }
}
