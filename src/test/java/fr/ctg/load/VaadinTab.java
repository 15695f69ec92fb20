package fr.ctg.load;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab = one Vaadin UI, spoken to with Vaadin Flow's own client-server protocol (what flow-client's
 * {@code MessageSender}, {@code MessageHandler} and {@code Flow.ts} do):
 * <ul>
 * <li>open: {@code GET /route} (the index page), {@code GET ?v-r=init&location=route&query=} (creates the UI; JSON
 * {@code appConfig} with {@code v-uiId} and a first UIDL carrying {@code Vaadin-Security-Key} and
 * {@code Vaadin-Push-ID}), then the client-side router's {@code ui-navigate} event on the root node (node 1);</li>
 * <li>every UIDL request is {@code POST ?v-r=uidl&v-uiId=N} with {@code {csrfToken, rpc, syncId, clientId}}; after
 * each response (and each pushed message) the client keeps the server's {@code syncId} as its last seen sync id and
 * takes {@code clientId} as the id of its next message, exactly as {@code MessageHandler} does;</li>
 * <li>the UIDL {@code changes} are applied to a small model of the state tree (tag, properties, attributes, text,
 * children), enough to find an element by its {@code id} attribute and read a property or a text;</li>
 * <li>a value is set as a field's {@code change} DOM event does: an {@code mSync} of the synchronised property
 * ({@code "}value"} in the listener's event data) then the {@code change} event; a click is the {@code click} event
 * with the mouse data the server asked for.</li>
 * </ul>
 */
final class VaadinTab {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String WRAP = "for(;;);";

    /** NodeFeatures ids used here (com.vaadin.flow.internal.nodefeature.NodeFeatures). */
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int TEXT_NODE = 7;
    static final int ROOT_NODE = 1;

    private final VaadinBrowser browser;
    private final int uiId;
    private final String securityKey;
    private final String pushId;
    private final String route;
    private int syncId = -1;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private volatile PushChannel push;
    private volatile boolean closed;
    private volatile boolean discarded;
    private long uidlRequests;
    private int navigations;

    static final class Node {
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        String text;
        final List<Integer> children = new ArrayList<>();
    }

    private record Expectation(int node, String property, String value, CompletableFuture<Long> arrival) {
    }

    private VaadinTab(VaadinBrowser browser, String route, int uiId, String securityKey, String pushId) {
        this.browser = browser;
        this.route = route;
        this.uiId = uiId;
        this.securityKey = securityKey;
        this.pushId = pushId;
    }

    static VaadinTab open(VaadinBrowser browser, String route) {
        browser.page("/" + route);
        HttpResponse<String> r = browser.send(browser.request("/?v-r=init&location=" + VaadinBrowser.enc(route) + "&query=")
                .header("Accept", "application/json").GET().build());
        if (r.statusCode() != 200 || !r.headers().firstValue("content-type").orElse("").contains("json")) {
            throw new LoadFailure("init of " + route + " answered " + r.statusCode() + " " + r.headers().firstValue("content-type"));
        }
        JsonNode appConfig = JSON.readTree(r.body()).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (!appConfig.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new LoadFailure("init of " + route + " without v-uiId / Vaadin-Security-Key: " + abbreviate(r.body()));
        }
        VaadinTab tab = new VaadinTab(browser, route, appConfig.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asString(),
                uidl.path("Vaadin-Push-ID").asString(null));
        tab.handleMessage(uidl, System.nanoTime());
        tab.navigate(route);
        return tab;
    }

    int uiId() {
        return uiId;
    }

    String pushId() {
        return pushId;
    }

    String route() {
        return route;
    }

    VaadinBrowser browser() {
        return browser;
    }

    synchronized int syncId() {
        return syncId;
    }

    synchronized int clientId() {
        return clientId;
    }

    synchronized long uidlRequests() {
        return uidlRequests;
    }

    /** The server no longer knows this UI (a heartbeat or message said so), or the browser closed it. */
    boolean isClosed() {
        return closed || discarded;
    }

    /** The browser closes the tab (logout): no more heartbeats, its push connection closed. */
    void discard() {
        discarded = true;
        closePush();
    }

    boolean isDiscarded() {
        return discarded;
    }

    /**
     * The client-side router's navigation (Flow.ts {@code flowNavigate}: {@code sendEvent('ui-navigate', …)} on the
     * root node). The first one of a tab is the page load (trigger {@code ""}, the server's PAGE_LOAD); later ones are
     * what a click on a router link sends (trigger {@code "link"}, ROUTER_LINK).
     */
    void navigate(String target) {
        ObjectNode data = F.objectNode();
        data.put("route", target);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", navigations++ == 0 ? "" : "link");
        uidl(event(ROOT_NODE, "ui-navigate", data));
    }

    /** Sets a field's value as the browser does on the field's {@code change} event. */
    void setValue(String elementId, String value) {
        int node = requireNode(elementId);
        ObjectNode sync = F.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", ELEMENT_PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        synchronized (this) {
            // the browser's element already has the value: the server does not send it back
            nodes.get(node).properties.put("value", F.stringNode(value));
        }
        uidl(sync, event(node, "change", F.objectNode()));
    }

    /** Clicks a button (the {@code click} DOM event with the mouse data a Vaadin ClickEvent reads). */
    List<JsonNode> click(String elementId) {
        int node = requireNode(elementId);
        ObjectNode data = F.objectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 10);
        data.put("event.clientY", 10);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 100);
        data.put("event.screenX", 100);
        return uidl(event(node, "click", data));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode e = F.objectNode();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", name);
        e.set("data", data);
        return e;
    }

    /**
     * One UIDL request with these invocations; applies the answer. Only one request per tab at a time, like the
     * flow client (which queues invocations while a request is in flight).
     */
    synchronized List<JsonNode> uidl(JsonNode... rpcs) {
        ObjectNode payload = F.objectNode();
        payload.put("csrfToken", securityKey);
        ArrayNode rpc = payload.putArray("rpc");
        for (JsonNode r : rpcs) {
            rpc.add(r);
        }
        payload.put("syncId", syncId);
        payload.put("clientId", clientId);
        HttpResponse<String> r = browser.send(browser.request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build());
        uidlRequests++;
        if (r.statusCode() != 200) {
            throw new LoadFailure("UIDL of " + route + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        List<JsonNode> messages = unwrap(r.body());
        long now = System.nanoTime();
        for (JsonNode m : messages) {
            handleMessage(m, now);
        }
        return messages;
    }

    /** {@code for(;;);[{…}]} → the messages. */
    static List<JsonNode> unwrap(String body) {
        String b = body.strip();
        if (!b.startsWith(WRAP)) {
            throw new LoadFailure("not a UIDL answer: " + abbreviate(b));
        }
        JsonNode array = JSON.readTree(b.substring(WRAP.length()));
        List<JsonNode> messages = new ArrayList<>();
        array.forEach(messages::add);
        return messages;
    }

    /** Applies one server message (an XHR answer or a pushed one), as flow-client's MessageHandler does. */
    synchronized void handleMessage(JsonNode message, long arrivalNanos) {
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false) || meta.has("appError")) {
            closed = true;
            throw new LoadFailure("tab " + route + " of " + browser.username() + ": server says " + meta);
        }
        if (message.has("syncId")) {
            syncId = Math.max(syncId, message.get("syncId").asInt());
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        JsonNode changes = message.path("changes");
        for (JsonNode c : changes) {
            apply(c);
        }
        if (!expectations.isEmpty() && !changes.isEmpty()) {
            for (Iterator<Expectation> it = expectations.iterator(); it.hasNext(); ) {
                Expectation e = it.next();
                if (e.value.equals(propertyText(e.node, e.property))) {
                    e.arrival.complete(arrivalNanos);
                    it.remove();
                }
            }
        }
    }

    private void apply(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asString("");
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node n = nodes.computeIfAbsent(id, k -> new Node());
        int feat = c.path("feat").asInt(-1);
        switch (type) {
            case "put" -> {
                String key = c.path("key").asString();
                JsonNode value = c.has("nodeValue") ? c.get("nodeValue") : c.path("value");
                switch (feat) {
                    case ELEMENT_DATA -> {
                        if ("tag".equals(key)) {
                            n.tag = value.asString();
                        }
                    }
                    case ELEMENT_PROPERTIES -> n.properties.put(key, value);
                    case ELEMENT_ATTRIBUTES -> n.attributes.put(key, value);
                    case TEXT_NODE -> n.text = value.isNull() ? null : value.asString();
                    default -> {
                    }
                }
            }
            case "remove" -> {
                String key = c.path("key").asString();
                if (feat == ELEMENT_PROPERTIES) {
                    n.properties.remove(key);
                } else if (feat == ELEMENT_ATTRIBUTES) {
                    n.attributes.remove(key);
                }
            }
            case "splice" -> {
                if (feat == ELEMENT_CHILDREN) {
                    int index = c.path("index").asInt();
                    int remove = c.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < n.children.size(); i++) {
                        n.children.remove(index);
                    }
                    List<Integer> add = new ArrayList<>();
                    c.path("addNodes").forEach(x -> add.add(x.asInt()));
                    n.children.addAll(Math.min(index, n.children.size()), add);
                }
            }
            case "clear" -> {
                if (feat == ELEMENT_CHILDREN) {
                    n.children.clear();
                } else if (feat == ELEMENT_PROPERTIES) {
                    n.properties.clear();
                }
            }
            default -> {
            }
        }
    }

    /** The state node of the element whose {@code id} attribute is {@code elementId}, or -1. */
    synchronized int nodeOf(String elementId) {
        for (Map.Entry<Integer, Node> e : nodes.entrySet()) {
            JsonNode id = e.getValue().attributes.get("id");
            if (id != null && elementId.equals(id.asString(null))) {
                return e.getKey();
            }
        }
        return -1;
    }

    int requireNode(String elementId) {
        int node = nodeOf(elementId);
        if (node < 0) {
            throw new LoadFailure("no element #" + elementId + " in tab " + route);
        }
        return node;
    }

    /** A property of an element as text (a field's {@code value}), or null. */
    synchronized String property(String elementId, String property) {
        return propertyText(requireNode(elementId), property);
    }

    private String propertyText(int node, String property) {
        Node n = nodes.get(node);
        JsonNode v = n == null ? null : n.properties.get(property);
        return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
    }

    /** The text content of an element (its text nodes, depth first). */
    synchronized String text(String elementId) {
        StringBuilder sb = new StringBuilder();
        text(requireNode(elementId), sb, 0);
        return sb.toString();
    }

    private void text(int id, StringBuilder sb, int depth) {
        Node n = nodes.get(id);
        if (n == null || depth > 50) {
            return;
        }
        if (n.text != null) {
            sb.append(n.text);
        }
        for (int child : n.children) {
            text(child, sb, depth + 1);
        }
    }

    synchronized int nodeCount() {
        return nodes.size();
    }

    /**
     * Completes with the arrival time (System.nanoTime) of the first message after which the element's property
     * has this value (at once if it already has it).
     */
    synchronized CompletableFuture<Long> expectProperty(String elementId, String property, String value) {
        int node = requireNode(elementId);
        CompletableFuture<Long> f = new CompletableFuture<>();
        if (value.equals(propertyText(node, property))) {
            f.complete(System.nanoTime());
        } else {
            expectations.add(new Expectation(node, property, value, f));
        }
        return f;
    }

    /**
     * Vaadin's heartbeat ({@code Heartbeat.java}: POST {@code ?v-r=heartbeat&v-uiId=N}, empty text body); the
     * server keeps a UI whose heartbeats arrive. Answers false once the server no longer knows the UI (403/410).
     */
    boolean heartbeat() {
        if (isClosed()) {
            return false;
        }
        HttpResponse<String> r = browser.send(browser.request("/?v-r=heartbeat&v-uiId=" + uiId)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 200) {
            closed = true;
            return false;
        }
        return true;
    }

    /** Opens the WebSocket push connection of this UI (as the Atmosphere client in vaadinPush.js does). */
    PushChannel connectPush() {
        PushChannel p = PushChannel.connect(this);
        push = p;
        return p;
    }

    PushChannel push() {
        return push;
    }

    void closePush() {
        PushChannel p = push;
        if (p != null) {
            p.close();
        }
    }

    static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
