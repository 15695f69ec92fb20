package fr.ctg.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Delivers hub events to a UI through {@code ui.access}, coalescing bursts: while a delivery is pending,
 * newer events replace older ones (presence snapshots and "it changed" signals only need the latest),
 * and a UI gets at most one push per {@value #MIN_INTERVAL_MS} ms from one subscription.
 */
public final class UiCollaboration {

    static final long MIN_INTERVAL_MS = 150;
    private static final ScheduledExecutorService DELAYER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ui-collaboration-delayer");
        t.setDaemon(true);
        return t;
    });

    private UiCollaboration() {
    }

    /** Wraps a UI-side consumer so that it runs in {@code ui.access}, coalesced. */
    public static <T> Consumer<T> coalescing(UI ui, Consumer<T> consumer) {
        AtomicReference<T> latest = new AtomicReference<>();
        AtomicBoolean scheduled = new AtomicBoolean();
        AtomicLong lastDelivery = new AtomicLong();
        return event -> {
            latest.set(event);
            if (!scheduled.compareAndSet(false, true)) {
                return;
            }
            long wait = Math.max(0, lastDelivery.get() + MIN_INTERVAL_MS - System.currentTimeMillis());
            Runnable deliver = () -> ui.access(() -> {
                scheduled.set(false);
                lastDelivery.set(System.currentTimeMillis());
                T value = latest.getAndSet(null);
                if (value != null) {
                    consumer.accept(value);
                }
            });
            if (wait == 0) {
                deliver.run();
            } else {
                DELAYER.schedule(deliver, wait, TimeUnit.MILLISECONDS);
            }
        };
    }

    /** Subscribes a UI to a topic; payloads of the given type reach the consumer inside {@code ui.access}. */
    public static <T> Registration subscribe(CollaborationHub hub, UI ui, String topic, Class<T> type,
                                             Consumer<T> consumer) {
        Consumer<T> delivered = coalescing(ui, consumer);
        return hub.subscribe(topic, payload -> {
            if (type.isInstance(payload)) {
                delivered.accept(type.cast(payload));
            }
        });
    }
}
