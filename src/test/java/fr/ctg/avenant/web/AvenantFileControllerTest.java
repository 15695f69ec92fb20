package fr.ctg.avenant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.avenant.AvenantService;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.convention.TextPart;
import fr.ctg.convention.TextPartDetails;
import fr.ctg.convention.TextPartField;
import fr.ctg.objective.EditingFixture;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The avenant's DOCX and PDF addresses, through the real security chain: the convention's readers only. */
@CtgSpringTest
class AvenantFileControllerTest {

    @Autowired WebApplicationContext context;
    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired AvenantService avenants;
    @Autowired ConventionTextService texts;

    MockMvc mvc;
    EditingFixture.World w;
    long avenantId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = fixture.create();
        login.as(w.user("secretariat"));
        avenants.recordSignedState(w.conventionId());
        TextPartDetails d = texts.get(w.conventionId(), TextPart.ARTICLE, 1);
        texts.save(w.conventionId(), TextPart.ARTICLE, 1, d.version(),
                d.draft().with(TextPartField.BODY, "Le projet social de territoire est l’objet de la convention."));
        avenantId = avenants.prepare(w.conventionId());
        avenants.choose(avenantId, Set.of("article:1"));
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
    void aReaderDownloadsTheDocxAndThePdf() throws Exception {
        MvcResult docx = mvc.perform(get("/files/avenants/" + avenantId + ".docx")
                .with(authentication(as(w.user("lecteur"))))).andExpect(status().isOk()).andReturn();
        assertThat(docx.getResponse().getContentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .contains("avenant-1-" + w.prefix() + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Avenant n° 1", "Le projet social de territoire", "Caf de test");
        }
        MvcResult pdf = mvc.perform(get("/files/avenants/" + avenantId + ".pdf")
                .with(authentication(as(w.user("copil"))))).andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void othersGetNotFoundAndStrangersNoFile() throws Exception {
        mvc.perform(get("/files/avenants/" + avenantId + ".docx").with(authentication(as(w.user("association")))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/files/avenants/" + avenantId + ".pdf").with(authentication(as("copil"))))
                .andExpect(status().isNotFound());
        MvcResult anonymous = mvc.perform(get("/files/avenants/" + avenantId + ".docx")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isIn(302, 401, 403);
    }
}
