package fr.ctg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on MariaDB (embedded, or the server named by CTG_DB_URL), with the
 * demo data loaded, a clock the test controls and single sign-on on ({@link TestSso}). All tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@org.springframework.test.context.ContextConfiguration(initializers = TestSso.class)
@Import({TestClockConfig.class, TestLogin.class, fr.ctg.objective.EditingFixture.class,
        fr.ctg.minutes.MinutesFixture.class, fr.ctg.indicator.IndicatorFixture.class,
        fr.ctg.contribution.ContributionFixture.class, fr.ctg.contribution.TokenCapture.class,
        fr.ctg.admin.TenantFixture.class})
public @interface CtgSpringTest {
}
