package fr.ctg.search;

import static fr.ctg.document.TestFiles.docx;
import static fr.ctg.document.TestFiles.file;
import static fr.ctg.document.TestFiles.odt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.DocumentTextService;
import fr.ctg.governance.AgendaService;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import fr.ctg.indicator.IndicatorFixture;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesFixture;
import fr.ctg.minutes.MinutesService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.Committee;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search across conventions: the text inside files, each kind, the same read rules as the pages (a second
 * convention, an association), and typed operators or SQL handled as words.
 */
@CtgSpringTest
class SearchServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    DocumentService documents;
    @Autowired
    DocumentTextService texts;
    @Autowired
    DiscussionService discussion;
    @Autowired
    MeetingService meetings;
    @Autowired
    CommitteeService committees;
    @Autowired
    AgendaService agenda;
    @Autowired
    MinutesService minutes;
    @Autowired
    EditingFixture fixture;
    @Autowired
    IndicatorFixture indicators;
    @Autowired
    MinutesFixture minutesFixture;
    @Autowired
    TestLogin login;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        login.logout();
    }

    private List<SearchHit> find(String text, SearchKind... kinds) {
        return search.search(text, Set.of(kinds), null).hits();
    }

    static byte[] realPdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Rapport annuel"));
        doc.add(new Paragraph(text));
        doc.close();
        return out.toByteArray();
    }

    private long upload(EditingFixture.World w, String title, String name, byte[] bytes) {
        return documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, title, null),
                file(name, bytes));
    }

    @Test
    void theTextInsidePdfWordAndOpenDocumentFilesIsFoundWithTheWordsAroundIt() throws IOException {
        EditingFixture.World w = fixture.create();
        login.as(w.user("secretariat"));
        long pdf = upload(w, "Bilan", "bilan.pdf", realPdf("La ludothèque itinérante a reçu 310 familles."));
        long word = upload(w, "Note", "note.docx", docx("Le schéma départemental prévoit une ludothèque fixe."));
        long odt = upload(w, "Compte", "compte.odt", odt("Ouverture de la ludothèque à Samatan en septembre."));
        upload(w, "Autre", "autre.pdf", realPdf("Rien à voir."));

        List<SearchHit> hits = find("ludotheque");
        assertThat(hits).extracting(h -> h.target().id()).containsExactlyInAnyOrder(pdf, word, odt);
        assertThat(hits).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo(SearchKind.DOCUMENT);
            assertThat(h.target().kind()).isEqualTo(PageRef.Kind.DOCUMENT);
            assertThat(h.conventionId()).isEqualTo(w.conventionId());
            assertThat(h.text()).containsIgnoringCase("ludothèque");
        });
        assertThat(find("SCHÉMA ludo")).extracting(h -> h.target().id()).as("accents, case, prefixes, all words")
                .containsExactly(word);
        assertThat(find("ludothèque samatan")).extracting(h -> h.target().id()).containsExactly(odt);
        assertThat(find("ludothèque", SearchKind.OBJECTIVE)).as("filtered by kind").isEmpty();
        assertThat(find("rapport annuel")).hasSize(2);
    }

    @Test
    void filesStoredBeforeTheSearchAreReadByTheBackfill() throws IOException {
        EditingFixture.World w = fixture.create();
        login.as(w.user("secretariat"));
        long old = upload(w, "Ancien", "ancien.docx", docx("Le contrat enfance jeunesse précédent."));
        jdbc.update("UPDATE document SET content_text = NULL WHERE id = ?", old);
        assertThat(find("précédent")).isEmpty();
        while (texts.extractMissing() > 0) {
            // every document without text gets it (or "" when its file has none)
        }
        assertThat(find("précédent")).extracting(h -> h.target().id()).containsExactly(old);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE content_text IS NULL", Long.class))
                .isZero();
    }

    @Test
    void eachKindIsFoundAndLeadsToItsPage() {
        EditingFixture.World w = fixture.create();
        login.as(w.user("copil"));
        discussion.post(DiscussionKind.OBJECTIVE, w.objectiveId(), "Penser aux horaires décalés des parents travaillant en horaires postés.");
        login.as(w.user("secretariat"));
        long copil = committees.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        long meeting = meetings.schedule(w.conventionId(), new NewMeeting(copil, "COPIL de printemps",
                LocalDateTime.of(2027, 3, 4, 14, 0), LocalDateTime.of(2027, 3, 4, 16, 0), "Europe/Paris",
                "Salle du conseil de Lombez", null)).id();
        agenda.add(meeting, "Horaires atypiques des modes d’accueil", "Camille", Set.of(), Set.of());

        login.as(w.user("lecteur"));
        assertThat(find("itinérant")).extracting(SearchHit::kind, h -> h.target())
                .containsExactly(tuple(SearchKind.OBJECTIVE,
                        PageRef.objective(w.objectiveId())));
        List<SearchHit> horaires = find("horaires");
        assertThat(horaires).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchKind.COMMENT, SearchKind.MEETING);
        SearchHit comment = horaires.stream().filter(h -> h.kind() == SearchKind.COMMENT).findFirst().orElseThrow();
        assertThat(comment.target()).isEqualTo(PageRef.objective(w.objectiveId()));
        assertThat(comment.detail()).startsWith("Camille Copil");
        SearchHit m = horaires.stream().filter(h -> h.kind() == SearchKind.MEETING).findFirst().orElseThrow();
        assertThat(m.target()).isEqualTo(PageRef.meeting(meeting));
        assertThat(m.date()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(m.text()).contains("Horaires atypiques");
        assertThat(find("lombez conseil")).extracting(SearchHit::kind).containsExactly(SearchKind.MEETING);
    }

    @Test
    void anAssociationFindsOnlyWhatIsPublishedToIt() {
        IndicatorFixture.Catalogue c = indicators.create();
        EditingFixture.World w = c.w();
        login.as(w.user("secretariat"));
        long open = upload(w, "Programme des ateliers parents", "ateliers.pdf", realPdf("ateliers du samedi"));
        long closed = upload(w, "Budget des ateliers parents", "budget.pdf", realPdf("ateliers et subventions"));
        documents.setPublishedToAssociations(open, true);

        login.as(w.user("lecteur"));
        assertThat(find("ateliers")).extracting(h -> h.target().id()).containsExactlyInAnyOrder(open, closed);
        assertThat(find("délai rendez")).extracting(SearchHit::kind).containsExactly(SearchKind.INDICATOR);
        assertThat(find("places eaje")).extracting(SearchHit::kind).contains(SearchKind.INDICATOR);
        assertThat(find("accueil enfants")).extracting(SearchHit::kind).contains(SearchKind.OBJECTIVE);

        login.as(w.user("association"));
        assertThat(find("ateliers")).extracting(h -> h.target().id()).containsExactly(open);
        assertThat(find("délai rendez")).as("indicator published to associations").hasSize(1);
        assertThat(find("places eaje")).as("indicator not published").isEmpty();
        assertThat(find("accueil enfants")).as("objectives are not read by associations").isEmpty();
    }

    @Test
    void anotherConventionIsNeverSearchedNorNamed() {
        EditingFixture.World a = fixture.create();
        EditingFixture.World b = fixture.create();
        login.as(a.user("secretariat"));
        upload(a, "Diagnostic partagé du territoire", "diag.pdf", realPdf("diagnostic partagé"));
        login.as(b.user("secretariat"));
        assertThat(find("diagnostic partagé")).isEmpty();
        assertThat(find("accueil enfants")).extracting(SearchHit::conventionId).containsOnly(b.conventionId());
        assertThatThrownBy(() -> search.search("diagnostic", Set.of(), a.conventionId()))
                .isInstanceOf(NotFoundException.class);
        login.as(a.user("secretariat"));
        assertThat(search.search("diagnostic", Set.of(), a.conventionId()).hits()).hasSize(1);
    }

    @Test
    void publishedMinutesAreFoundByTheirAudienceOnly() {
        MinutesFixture.HeldMeeting h = minutesFixture.create();
        login.as(h.user("secretariat"));
        long id = minutes.openForMeeting(h.meetingId());
        minutes.startReview(id, LocalDate.of(2026, 12, 8));
        login.as(h.user("copil"));
        minutes.approve(id, null, false);
        login.as(h.user("secretariat"));
        minutes.publish(id, Audience.COMMITTEE, false);
        login.as(h.user("copil"));
        assertThat(find("automne", SearchKind.MINUTES)).extracting(x -> x.target()).containsExactly(PageRef.minutes(id));
        login.as(h.user("lecteur"));
        assertThat(find("automne", SearchKind.MINUTES)).as("not in the committee's audience").isEmpty();
        assertThat(find("automne", SearchKind.MEETING)).as("the meeting itself is in the calendar").hasSize(1);
    }

    @Test
    void operatorsQuotesAndSqlAreReadAsWordsAndNothingBreaks() {
        EditingFixture.World w = fixture.create();
        login.as(w.user("lecteur"));
        for (String typed : List.of("+relais -petite", "\"relais petite", "relais*", "(relais) ~petite",
                "relais' OR '1'", "<relais> @petite", "relais%_")) {
            assertThat(find(typed)).as(typed).extracting(h -> h.target()).containsExactly(
                    PageRef.objective(w.secondObjectiveId()));
        }
        assertThat(find("relais\"; DROP TABLE objective; --")).as("every word is required: no objective says DROP")
                .isEmpty();
        for (String nothing : List.of("", "   ", "+", "-", "*", "\"", "\"\"", "()", "--", "'", "le la", "the")) {
            assertThatThrownBy(() -> find(nothing)).as(nothing).isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("search.error.noWords");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM objective WHERE convention_id = ?", Long.class,
                w.conventionId())).isEqualTo(2);
        assertThat(search.search("relais " + "x".repeat(500), Set.of(), null).truncated()).isTrue();
    }
}
