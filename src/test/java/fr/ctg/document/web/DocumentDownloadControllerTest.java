package fr.ctg.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.document.TestFiles;
import fr.ctg.objective.EditingFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The download URL, through the real security filter chain: session, membership and publication checked every time. */
@CtgSpringTest
class DocumentDownloadControllerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    MockMvc mvc;
    EditingFixture.World w;
    long versionId;
    byte[] bytes = TestFiles.pdf("compte rendu du COPIL");

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = fixture.create();
        login.as(w.user("secretariat"));
        long doc = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.MEETING,
                "Compte rendu", null), TestFiles.file("Compte rendu COPIL – 12 mars.pdf", bytes));
        versionId = documents.get(doc).summary().current().id();
        login.logout();
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    private Authentication as(String username) {
        Authentication auth = login.as(username);
        login.logout();
        return auth;
    }

    @Test
    void aMemberDownloadsTheFileByteIdenticalWithItsOriginalName() throws Exception {
        MvcResult result = mvc.perform(get("/files/" + versionId).with(authentication(as(w.user("lecteur")))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(bytes);
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment").contains("filename*=UTF-8''Compte%20rendu%20COPIL%20%E2%80%93%2012%20mars.pdf");
        mvc.perform(get("/files/" + versionId + "?inline=true").with(authentication(as(w.user("lecteur")))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")));
    }

    @Test
    void withoutASessionTheFileIsNotServed() throws Exception {
        MvcResult result = mvc.perform(get("/files/" + versionId)).andReturn();
        assertThat(result.getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(result.getResponse().getContentAsByteArray()).isNotEqualTo(bytes);
    }

    @Test
    void anotherConventionsMemberGuessingTheIdGets404AndAnUnknownId404() throws Exception {
        mvc.perform(get("/files/" + versionId).with(authentication(as("lecteur")))).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + (versionId + 100_000)).with(authentication(as(w.user("lecteur")))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAssociationGetsOnlyWhatIsPublishedToIt() throws Exception {
        mvc.perform(get("/files/" + versionId).with(authentication(as(w.user("association")))))
                .andExpect(status().isNotFound());
        login.as(w.user("secretariat"));
        documents.setPublishedToAssociations(documents.search(w.conventionId(),
                DocumentQuery.all()).getFirst().id(), true);
        mvc.perform(get("/files/" + versionId).with(authentication(as(w.user("association")))))
                .andExpect(status().isOk());
    }
}
