package fr.ctg.security;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import fr.ctg.CtgSpringTest;
import fr.ctg.security.internal.SecurityHeadersFilter;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Hole 6 of the security review: the policies are on every response, HSTS only over TLS (see also SecurityHeadersE2E). */
@CtgSpringTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    SecurityHeadersFilter headers;

    @Test
    void headersOnEveryResponseAndHstsOnlyOverTls() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(headers).apply(springSecurity()).build();
        mvc.perform(get("/ical/unknown.ics"))
                .andExpect(header().string("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", SecurityHeadersFilter.PERMISSIONS_POLICY))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/ical/unknown.ics").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=")));
    }
}
