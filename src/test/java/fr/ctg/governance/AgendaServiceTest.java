package fr.ctg.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.DocumentMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.TestFiles;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.Committee;
import java.time.LocalDateTime;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A meeting's agenda items, in order, linked to objectives and documents of its own convention only. */
@CtgSpringTest
class AgendaServiceTest {

    @Autowired
    AgendaService agenda;
    @Autowired
    CommitteeService committeeService;
    @Autowired
    MeetingService meetingService;
    @Autowired
    DocumentService documents;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    EditingFixture.World w;
    long meetingId;

    @BeforeEach
    void setUp() {
        w = fixture.create();
        login.as(w.user("secretariat"));
        long copil = committeeService.committees(w.conventionId()).stream()
                .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst().orElseThrow().id();
        meetingId = meetingService.schedule(w.conventionId(), new NewMeeting(copil, "COPIL", LocalDateTime.of(2027, 2, 4, 14, 0),
                LocalDateTime.of(2027, 2, 4, 16, 0), "Europe/Paris", null, null)).id();
    }

    @AfterEach
    void logout() {
        login.logout();
    }

    @Test
    void itemsKeepTheirOrderAndTheirLinks() {
        long doc = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.MEETING, "Bilan", null),
                TestFiles.file("bilan.pdf", TestFiles.pdf("bilan")));
        agenda.add(meetingId, "Approbation du compte rendu", "Secrétariat", Set.of(), Set.of());
        agenda.add(meetingId, "Point sur le LAEP", "Camille", Set.of(w.objectiveId()), Set.of(doc));
        assertThat(agenda.agenda(meetingId)).extracting(AgendaItemRow::position, AgendaItemRow::title).containsExactly(
                Tuple.tuple(1, "Approbation du compte rendu"),
                Tuple.tuple(2, "Point sur le LAEP"));
        assertThat(agenda.agenda(meetingId).get(1).documentIds()).containsExactly(doc);
    }

    @Test
    void anItemLinkingAnotherConventionsDocumentOrObjectiveIsRefused() {
        EditingFixture.World other = fixture.create();
        login.as(other.user("secretariat"));
        long foreignDoc = documents.createDocument(other.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Autre", null),
                TestFiles.file("autre.pdf", TestFiles.pdf("autre")));
        login.as(w.user("secretariat"));
        assertThatThrownBy(() -> agenda.add(meetingId, "Point", null, Set.of(), Set.of(foreignDoc)))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "agenda.error.document");
        assertThatThrownBy(() -> agenda.add(meetingId, "Point", null, Set.of(other.objectiveId()), Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "agenda.error.objective");
        assertThatThrownBy(() -> agenda.add(meetingId, " ", null, Set.of(), Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "agenda.error.title");
        assertThat(agenda.agenda(meetingId)).isEmpty();
        login.as(w.user("copil"));
        assertThatThrownBy(() -> agenda.add(meetingId, "Point", null, Set.of(), Set.of()))
                .isInstanceOf(AccessRefusedException.class);
    }
}
