package fr.ctg;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The test context has single sign-on on, with its provider expected at {@link #ISSUER} (a port chosen once per JVM, below the ephemeral range so that nothing takes it meanwhile):
 * the tests that need the provider start it there ({@code oidcprovider.TestOidcProvider}); until then the portal
 * behaves as with an unreachable provider. The portal seen through MockMvc is {@code http://localhost}.
 */
public class TestSso implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final int PORT = oidcprovider.TestOidcProvider.reservablePort();
    public static final String ISSUER = "http://localhost:" + PORT;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-sso", Map.of(
                "ctg.sso.issuer", ISSUER,
                "ctg.sso.client-id", oidcprovider.TestOidcProvider.CLIENT_ID,
                "ctg.sso.client-secret", oidcprovider.TestOidcProvider.CLIENT_SECRET,
                "ctg.sso.name", "ProConnect (test)")));
    }
}
