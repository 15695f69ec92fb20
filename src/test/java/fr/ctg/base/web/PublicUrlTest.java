package fr.ctg.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.base.db.DatabaseEnvironmentPostProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The public address is required outside the demo and starts every link sent by e-mail. */
class PublicUrlTest {

    @Test
    void outsideTheDemoAStartWithoutAPublicAddressIsRefused() {
        assertThatThrownBy(() -> new PublicUrl("", false)).isInstanceOf(MissingBaseUrlException.class)
                .hasMessageContaining("CTG_BASE_URL is required");
        assertThatThrownBy(() -> new PublicUrl("ctg.example.fr", false)).isInstanceOf(MissingBaseUrlException.class);
        assertThat(new PublicUrl("", true).of("invitation/abc")).isEqualTo("http://localhost:8080/invitation/abc");
        assertThat(new PublicUrl("https://ctg.caf32.fr/", false).of("/reinitialisation/x"))
                .isEqualTo("https://ctg.caf32.fr/reinitialisation/x");
    }

    @Test
    void theCheckRunsBeforeAnythingStartsFromTheEnvironment() {
        PublicUrlCheck check = new PublicUrlCheck();
        assertThatThrownBy(() -> check.postProcessEnvironment(new MockEnvironment(), null))
                .isInstanceOf(MissingBaseUrlException.class);
        check.postProcessEnvironment(new MockEnvironment()
                .withProperty("ctg.demo.enabled", "true"), null);
        check.postProcessEnvironment(new MockEnvironment()
                .withProperty("ctg.base-url", "https://ctg.caf32.fr"), null);
        assertThat(check.getOrder()).as("before the database starts")
                .isLessThan(new DatabaseEnvironmentPostProcessor(destination -> destination.get())
                        .getOrder());
    }
}
