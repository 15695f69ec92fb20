package fr.ctg.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The theme, logos and chart scripts are packaged and open to the browser before login (a chart whose script is
 * refused draws nothing), while files stay behind the login. Vaadin serves them, so the check is on the packaged
 * resources and on the security rules; the real download is covered by the browser suite.
 */
@CtgSpringTest
class StaticResourcesTest {

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Test
    void chartScriptsStylesAndLogosArePackagedAndPublic() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (String path : List.of("/vendor/echarts/echarts.min.js", "/components/ctg-chart.js", "/styles/ctg.css",
                "/images/logos/caf-gers.png")) {
            assertThat(getClass().getResource("/META-INF/resources" + path)).as(path).isNotNull();
            assertThat(privileges.isAllowed(path, anonymous)).as(path).isTrue();
        }
        assertThat(privileges.isAllowed("/files/1", anonymous)).isFalse();
        assertThat(privileges.isAllowed("/files/comptes-rendus/1.pdf", anonymous)).isFalse();
    }
}
