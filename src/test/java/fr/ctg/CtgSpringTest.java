package fr.ctg;

import fr.ctg.admin.TenantFixture;
import fr.ctg.contribution.ContributionFixture;
import fr.ctg.contribution.TokenCapture;
import fr.ctg.indicator.IndicatorFixture;
import fr.ctg.minutes.MinutesFixture;
import fr.ctg.objective.EditingFixture;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on MariaDB (embedded, or the server named by CTG_DB_URL), with the
 * demo data loaded, a clock the test controls and single sign-on on ({@link TestSso}). All tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestSso.class)
@Import({TestClockConfig.class, TestLogin.class, EditingFixture.class,
        MinutesFixture.class, IndicatorFixture.class,
        ContributionFixture.class, TokenCapture.class,
        TenantFixture.class})
public @interface CtgSpringTest {
}
