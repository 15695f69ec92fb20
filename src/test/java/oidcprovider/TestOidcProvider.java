package oidcprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in a small application of its own (its
 * own Tomcat on a free port, no database), with its own login page, the OIDC discovery, ID tokens carrying the
 * people's e-mail claims, and the RP-initiated logout endpoint. Outside {@code fr.ctg} so that the portal's component
 * scan never sees it. The portal is expected at {@code http://127.0.0.1:<port>} and the provider is addressed as
 * {@code localhost}: two host names, so that their session cookies stay apart.
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "portail-ctg";
    public static final String CLIENT_SECRET = "secret-de-test-du-portail";

    /** Someone the provider knows; {@code emailVerified} becomes the ID token's {@code email_verified}. */
    public record Person(String username, String password, String email, boolean emailVerified, String givenName,
                         String familyName) {
    }

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestOidcProvider(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /** Starts the provider for a portal served at {@code portalBaseUrl} (e.g. {@code http://127.0.0.1:8123}). */
    public static TestOidcProvider start(String portalBaseUrl, List<Person> people) {
        return start(freePort(), portalBaseUrl, people);
    }

    /** The same on a given port (a portal started before it already knows its issuer: discovery happens at first use). */
    public static TestOidcProvider start(int port, String portalBaseUrl, List<Person> people) {
        String previous = System.getProperty("org.springframework.boot.logging.LoggingSystem");
        // The JVM may run the portal's own context: the provider must not reconfigure its logging
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .initializers(c -> c.getBeanFactory().registerSingleton("people", new People(people)))
                    .properties(Map.of(
                            // the portal's own start-up checks (in spring.factories) see this application too:
                            // no database for it, and a public address
                            "spring.datasource.url", "jdbc:none",
                            "ctg.db.check-on-start", "false",
                            "ctg.base-url", "http://localhost:" + port,
                            "spring.config.name", "oidc-provider",
                            "spring.main.banner-mode", "off",
                            "server.port", String.valueOf(port),
                            "server.servlet.session.cookie.name", "PROVIDERSESSION",
                            "provider.issuer", "http://localhost:" + port,
                            "provider.portal", portalBaseUrl))
                    .run();
            return new TestOidcProvider(context, port);
        } finally {
            if (previous == null) {
                System.clearProperty("org.springframework.boot.logging.LoggingSystem");
            } else {
                System.setProperty("org.springframework.boot.logging.LoggingSystem", previous);
            }
        }
    }

    public String issuer() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        context.close();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A port free now and below the kernel's ephemeral range, for a provider started long after its port is chosen
     * (the test context's issuer is fixed when the context starts): a port from {@link #freePort()} may meanwhile be
     * taken by an outgoing connection or another server bound to port 0, which failed a CI run.
     */
    public static int reservablePort() {
        int below = ephemeralRangeStart();
        java.util.random.RandomGenerator random = new java.util.SplittableRandom();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(Math.max(1, below - 20_000));
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        return freePort();
    }

    private static int ephemeralRangeStart() {
        try {
            String range = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
            return Integer.parseInt(range.trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }

    record People(List<Person> all) {
        Person named(String username) {
            return all.stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({
            TomcatServletWebServerAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class ProviderApplication {

        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, as -> as.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        /**
         * Some of the provider's code reads the static {@code SecurityContextHolder} while its filters were built with
         * the strategy of their time; when the portal runs in the same JVM, Vaadin replaces that strategy later. Every
         * call goes to the present one, so both sides always agree.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                private SecurityContextHolderStrategy present() {
                    return SecurityContextHolder.getContextHolderStrategy();
                }

                @Override
                public void clearContext() {
                    present().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return present().getContext();
                }

                @Override
                public Supplier<org.springframework.security.core.context.SecurityContext> getDeferredContext() {
                    return present().getDeferredContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    present().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<org.springframework.security.core.context.SecurityContext> deferredContext) {
                    present().setDeferredContext(deferredContext);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return present().createEmptyContext();
                }
            };
        }

        @Bean
        UserDetailsService users(People people) {
            return new InMemoryUserDetailsManager(people.all().stream()
                    .map(p -> User.withUsername(p.username()).password("{noop}" + p.password()).roles("USER").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients(Environment env) {
            String portal = env.getRequiredProperty("provider.portal");
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(portal + "/login/oauth2/code/sso")
                    .postLogoutRedirectUri(portal + "/login?logout")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> peopleClaims(People people) {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    Person p = people.named(context.getPrincipal().getName());
                    context.getClaims().claim("email", p.email()).claim("email_verified", p.emailVerified())
                            .claim("given_name", p.givenName()).claim("family_name", p.familyName())
                            .claim("name", p.givenName() + " " + p.familyName());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings(Environment env) {
            return AuthorizationServerSettings.builder().issuer(env.getRequiredProperty("provider.issuer")).build();
        }
    }
}
