package fr.ctg.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestClockConfig.MutableClock;
import fr.ctg.TestLogin;
import fr.ctg.admin.TenantFixture;
import fr.ctg.document.TestFiles;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A logo uploaded in an abandoned wizard, or replaced, goes after a day; a logo in use stays. */
@CtgSpringTest
class LogoCleanupTest {

    @Autowired TenantFixture fixture;
    @Autowired TestLogin login;
    @Autowired ConventionSettingsService settings;
    @Autowired CafService cafs;
    @Autowired LogoCleanup cleanup;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
        login.logout();
    }

    @Test
    void unusedLogosGoAfterADayAndUsedOnesStay() {
        TenantFixture.Tenant t = fixture.create();
        login.as(t.user("cafadmin"));
        long abandoned = settings.storeLogo(t.cafId(), new ByteArrayInputStream(TestFiles.png(300, 100)));
        cafs.uploadLogo(t.cafId(), new ByteArrayInputStream(TestFiles.png(200, 100)));
        long replaced = logoOfCaf(t.cafId());
        cafs.uploadLogo(t.cafId(), new ByteArrayInputStream(TestFiles.png(400, 100)));
        long used = logoOfCaf(t.cafId());

        cleanup.deleteUnused();
        assertThat(exists(abandoned)).as("a wizard may still be open").isTrue();
        clock.advance(Duration.ofDays(2));
        cleanup.deleteUnused();
        assertThat(exists(abandoned)).isFalse();
        assertThat(exists(replaced)).isFalse();
        assertThat(exists(used)).isTrue();
    }

    private long logoOfCaf(long cafId) {
        return jdbc.queryForObject("SELECT logo_id FROM caf WHERE id = ?", Long.class, cafId);
    }

    private boolean exists(long logoId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM logo WHERE id = ?", Long.class, logoId) == 1;
    }
}
