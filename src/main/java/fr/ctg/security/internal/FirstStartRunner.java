package fr.ctg.security.internal;

import fr.ctg.base.ClusterJobs;
import fr.ctg.security.FirstStartService;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After the demo loader (which creates its own administrator): the first-start address when none exists. */
@Component
@Order(1000)
class FirstStartRunner implements ApplicationRunner {

    private final FirstStartService firstStart;
    private final String adminEmail;
    private final ClusterJobs jobs;

    FirstStartRunner(FirstStartService firstStart, ClusterJobs jobs, @Value("${ctg.admin.email:}") String adminEmail) {
        this.jobs = jobs;
        this.firstStart = firstStart;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        // one first-start address when several nodes start together on an empty database
        jobs.once("first-start", Duration.ofMinutes(5), Duration.ZERO, () -> firstStart.issueIfNeeded(adminEmail));
    }
}
