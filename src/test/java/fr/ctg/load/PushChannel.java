package fr.ctg.load;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * A UI's server push connection over a real WebSocket, as flow-client's {@code AtmospherePushConnection} opens it with
 * the Atmosphere JavaScript client (vaadinPush.js 4.0.x, {@code transport: 'websocket'}, {@code enableProtocol: true},
 * {@code trackMessageLength: false}):
 * <pre>ws://host/VAADIN/push?v-r=push&amp;v-uiId=N&amp;v-pushId=P&amp;X-Atmosphere-tracking-id=0
 *   &amp;X-Atmosphere-Framework=4.0.1-javascript&amp;X-Atmosphere-Transport=websocket
 *   &amp;Content-Type=application/json;%20charset=UTF-8&amp;X-atmo-protocol=true</pre>
 * with the session cookie. The server's first frame is Atmosphere's protocol handshake {@code uuid|heartbeat|padding|};
 * then every frame carries Vaadin messages, each {@code length|for(;;);[{…}]} (a message may span frames; a frame may
 * hold several); a frame of only the padding character is Atmosphere's heartbeat. The client sends the padding every
 * heartbeat interval, as atmosphere.js does.
 */
final class PushChannel implements WebSocket.Listener {

    private static final ScheduledExecutorService HEARTBEATS = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "push-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private static final boolean DEBUG = Boolean.getBoolean("load.debugPush");

    private final VaadinTab tab;
    private final StringBuilder frame = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private final CompletableFuture<String> handshake = new CompletableFuture<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong messages = new AtomicLong();
    private volatile WebSocket socket;
    private volatile boolean closed;
    private String padding = "X";
    private ScheduledFuture<?> heartbeat;

    private PushChannel(VaadinTab tab) {
        this.tab = tab;
    }

    static URI uriOf(VaadinTab tab) {
        return LoadHttp.wsUri("/VAADIN/push?v-r=push&v-uiId=" + tab.uiId() + "&v-pushId=" + tab.pushId()
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1-javascript&X-Atmosphere-Transport=websocket"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true");
    }

    static PushChannel connect(VaadinTab tab) {
        if (tab.pushId() == null) {
            throw new LoadFailure("no Vaadin-Push-ID for tab " + tab.route());
        }
        PushChannel channel = new PushChannel(tab);
        URI uri = uriOf(tab);
        try {
            channel.socket = LoadHttp.CLIENT.newWebSocketBuilder()
                    .header("Cookie", tab.browser().cookieHeader())
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(uri, channel).get(60, TimeUnit.SECONDS);
            String uuid = channel.handshake.get(30, TimeUnit.SECONDS);
            if (uuid.isBlank()) {
                throw new LoadFailure("empty Atmosphere tracking id");
            }
        } catch (Exception e) {
            throw new LoadFailure("push connection of tab " + tab.route() + " (" + uri + "): " + e, e);
        }
        return channel;
    }

    long messagesReceived() {
        return messages.get();
    }

    Throwable failure() {
        return failure.get();
    }

    boolean isOpen() {
        return !closed && socket != null && !socket.isOutputClosed();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long arrival = System.nanoTime();
        try {
            frame.append(data);
            if (last) {
                String text = frame.toString();
                frame.setLength(0);
                onFrame(text, arrival);
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
        webSocket.request(1);
        return null;
    }

    private void onFrame(String text, long arrival) {
        if (DEBUG) {
            System.out.println("push frame ui " + tab.uiId() + ": " + VaadinTab.abbreviate(text));
        }
        if (!handshake.isDone()) {
            // uuid|heartbeatInterval|padding|[trailing data]
            String[] parts = text.split("\\|", 4);
            if (parts.length < 3) {
                throw new LoadFailure("unexpected Atmosphere handshake: " + VaadinTab.abbreviate(text));
            }
            padding = parts[2].isEmpty() ? "X" : parts[2];
            long interval = parseLong(parts[1].strip(), 0);
            if (interval > 0) {
                heartbeat = HEARTBEATS.scheduleAtFixedRate(this::sendPadding, interval, interval, TimeUnit.MILLISECONDS);
            }
            handshake.complete(parts[0].strip());
            text = parts.length == 4 ? parts[3] : "";
        }
        if (text.strip().isEmpty() || (pending.isEmpty() && text.strip().equals(padding))) {
            return; // Atmosphere heartbeat
        }
        pending.append(text);
        while (!pending.isEmpty()) {
            int bar = pending.indexOf("|");
            long length = bar > 0 ? parseLong(pending.substring(0, bar), -1) : -1;
            if (length < 0) {
                // not length-prefixed: the whole buffer is one message
                deliver(pending.toString(), arrival);
                pending.setLength(0);
                return;
            }
            if (pending.length() < bar + 1 + length) {
                return; // rest in the next frame
            }
            String message = pending.substring(bar + 1, (int) (bar + 1 + length));
            pending.delete(0, (int) (bar + 1 + length));
            deliver(message, arrival);
        }
    }

    private void deliver(String message, long arrival) {
        List<JsonNode> list = VaadinTab.unwrap(message);
        messages.incrementAndGet();
        for (JsonNode m : list) {
            tab.handleMessage(m, arrival);
        }
    }

    private void sendPadding() {
        WebSocket s = socket;
        if (s != null && !closed && !s.isOutputClosed()) {
            s.sendText(padding, true);
        }
    }

    private static long parseLong(String s, long otherwise) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        handshake.completeExceptionally(new LoadFailure("closed by server: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
        failure.compareAndSet(null, error);
        handshake.completeExceptionally(error);
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        WebSocket s = socket;
        if (s != null) {
            try {
                s.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                s.abort();
            }
        }
    }
}
