package fr.ctg.base;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job once per cluster: on the node that takes its lock row (ShedLock, {@code shedlock} table, database time),
 * while the others skip it. {@code atMost}: how long a node that died holding the lock keeps it; {@code atLeast}:
 * how long the lock stays taken after a quick run, so that a node whose clock fires a little later does not run
 * the same daily job again. A job skipped here is not lost: it is due again at its next time.
 */
public final class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final LockingTaskExecutor executor;

    public ClusterJobs(LockProvider locks) {
        this.executor = new DefaultLockingTaskExecutor(locks);
    }

    /** Runs the job if no other node runs it (or ran it within {@code atLeast}); true when it ran here. */
    public boolean once(String name, Duration atMost, Duration atLeast, Runnable job) {
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = executor.executeWithLock(() -> {
                job.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), name, atMost, atLeast));
            if (!result.wasExecuted()) {
                log.debug("Job {} skipped: another node runs it", name);
            }
            return result.wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
