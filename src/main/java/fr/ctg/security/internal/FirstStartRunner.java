package fr.ctg.security.internal;

import fr.ctg.security.FirstStartService;
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

    FirstStartRunner(FirstStartService firstStart, @Value("${ctg.admin.email:}") String adminEmail) {
        this.firstStart = firstStart;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstStart.issueIfNeeded(adminEmail);
    }
}
