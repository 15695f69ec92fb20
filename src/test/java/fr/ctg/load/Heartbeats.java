package fr.ctg.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends every open tab's heartbeat every {@code interval} seconds, as each browser tab's flow client does
 * ({@code vaadin.heartbeatInterval=10} in the app: a UI without heartbeats for three intervals is closed, and the
 * objective editor's presence ends after 25 s). Counts tabs the server no longer knows.
 */
final class Heartbeats implements AutoCloseable {

    private final List<VaadinTab> tabs = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heartbeats");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore inFlight = new Semaphore(32);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    Heartbeats(int intervalSeconds) {
        timer.scheduleWithFixedDelay(this::beatAll, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void add(VaadinTab tab) {
        tabs.add(tab);
    }

    void removeAll() {
        tabs.clear();
    }

    long sent() {
        return sent.get();
    }

    /** Tabs whose heartbeat the server refused (UI closed or session gone). */
    long lost() {
        return lost.get();
    }

    long errors() {
        return errors.get();
    }

    private void beatAll() {
        for (VaadinTab tab : tabs) {
            if (tab.isClosed()) {
                continue;
            }
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            senders.submit(() -> {
                try {
                    if (!tab.heartbeat() && !tab.isDiscarded()) {
                        lost.incrementAndGet();
                    }
                    sent.incrementAndGet();
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                } finally {
                    inFlight.release();
                }
            });
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        senders.shutdown();
    }
}
