package fr.ctg.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one database (each its own lock provider and name, as two JVMs would have): a job both fire at the
 * same moment runs once; a daily job that ran quickly is not run again by a node whose clock fires a little later;
 * a node that holds a job's lock makes the application's own scheduled entry point skip it.
 */
@CtgSpringTest
class ClusterJobsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private ClusterJobs node(String name) {
        return new ClusterJobs(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime()
                .withLockedByValue(name).build()));
    }

    @Test
    void aJobTwoNodesFireTogetherRunsOnce() throws Exception {
        List<ClusterJobs> nodes = List.of(node("node-a"), node("node-b"));
        String job = "test-job-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        for (int round = 0; round < 5; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> ran = new ArrayList<>();
                for (ClusterJobs n : nodes) {
                    ran.add(pool.submit(() -> {
                        together.await();
                        return n.once(job, Duration.ofMinutes(1), Duration.ZERO, () -> {
                            runs.incrementAndGet();
                            sleep(300);
                        });
                    }));
                }
                assertThat(ran.get(0).get() ^ ran.get(1).get()).as("exactly one node ran round " + round).isTrue();
            } finally {
                pool.shutdown();
            }
        }
        assertThat(runs).hasValue(5);
        assertThat(jdbc.queryForObject("SELECT locked_by FROM shedlock WHERE name = ?", String.class, job))
                .isIn("node-a", "node-b");
    }

    @Test
    void aQuickJobIsNotRunAgainWithinItsMinimumLockTime() {
        String job = "daily-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        assertThat(node("node-a").once(job, Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(node("node-b").once(job, Duration.ofMinutes(10), Duration.ofMinutes(1), runs::incrementAndGet))
                .as("the late node skips it").isFalse();
        assertThat(runs).hasValue(1);
        String other = "frequent-" + UUID.randomUUID();
        node("node-a").once(other, Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet);
        assertThat(node("node-b").once(other, Duration.ofMinutes(10), Duration.ZERO, runs::incrementAndGet))
                .as("no minimum: the next run may happen anywhere").isTrue();
    }

    @Test
    void aJobAnotherNodeHoldsIsSkippedAndReleasedAfterwards() throws Exception {
        String job = "held-" + UUID.randomUUID();
        CyclicBarrier held = new CyclicBarrier(2);
        CyclicBarrier release = new CyclicBarrier(2);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> node("node-a").once(job, Duration.ofMinutes(1), Duration.ZERO, () -> {
                await(held);
                await(release);
            }));
            held.await();
            AtomicInteger runs = new AtomicInteger();
            assertThat(node("node-b").once(job, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet)).isFalse();
            release.await();
            assertThat(holder.get()).isTrue();
            assertThat(node("node-b").once(job, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdown();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
