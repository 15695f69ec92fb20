package fr.ctg.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/** Opens many simulated browsers at once (a bounded number in flight), failing on the first that goes wrong. */
final class LoadSessions {

    static final String PASSWORD = System.getProperty("load.password", "ctg-demo-2026");

    /** Demo accounts that may open an objective of the Savès convention (the association's account may not). */
    static final List<String> READERS_OF_OBJECTIVES = List.of("admin", "secretariat", "copil", "suivi", "referent", "lecteur");

    private LoadSessions() {
    }

    static List<VaadinBrowser> open(int from, int count, int parallelism, IntFunction<VaadinBrowser> opener) throws Exception {
        List<VaadinBrowser> result = Collections.synchronizedList(new ArrayList<>());
        Semaphore slots = new Semaphore(parallelism);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = from; i < from + count; i++) {
                int index = i;
                slots.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        result.add(opener.apply(index));
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return new ArrayList<>(result);
    }

    static void logoutAll(List<VaadinBrowser> browsers, int parallelism) throws Exception {
        Semaphore slots = new Semaphore(parallelism);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinBrowser b : browsers) {
                slots.acquire();
                pool.submit(() -> {
                    try {
                        b.logout();
                    } catch (RuntimeException e) {
                        System.err.println("logout of " + b.username() + ": " + e);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    static int intProperty(String name, int otherwise) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(otherwise)).strip());
    }

    static List<Integer> intsProperty(String name, String otherwise) {
        List<Integer> list = new ArrayList<>();
        for (String s : System.getProperty(name, otherwise).split(",")) {
            if (!s.isBlank()) {
                list.add(Integer.parseInt(s.strip()));
            }
        }
        return list;
    }
}
