package fr.ctg.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.notification.NotificationItem;
import fr.ctg.notification.NotificationService;
import fr.ctg.objective.EditingFixture;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Article 7's register: a request, the other party's opportunity then feasibility study, the decision and period;
 * each refusal says why and writes nothing; those who follow the register are told at each step.
 */
@CtgSpringTest
class DataExchangeServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired DataExchangeService exchanges;
    @Autowired ConventionHistoryService history;
    @Autowired NotificationService notifications;
    @Autowired Clock clock;

    EditingFixture.World w;
    long caf;

    @BeforeEach
    void setUp() {
        w = fixture.create();
        login.as(w.user("secretariat"));
        caf = history.current(w.conventionId()).parties().getFirst().id();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private ExchangeRequest personal(String legalBasis) {
        return new ExchangeRequest(caf, "Fichier des allocataires avec enfants de moins de 3 ans",
                "Nombre d’allocataires par commune et tranche d’âge", "Dimensionner l’offre d’accueil du jeune enfant",
                legalBasis, true, "Service petite enfance de la CC", "3 ans", "Inscription au registre des traitements");
    }

    @Test
    void aRequestIsStudiedByTheOtherPartyDecidedAndExported() {
        long id = exchanges.request(w.conventionId(), personal("Article L. 262-40 du CASF"));
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> exchanges.decide(id, ExchangeDecision.ACCEPTED, null, today, null, null))
                .hasMessageContaining("exchange.error.studiesFirst");
        assertThatThrownBy(() -> exchanges.recordFeasibility(id, new ExchangeStudy("Faisable", true, today, "DSI")))
                .hasMessageContaining("exchange.error.opportunityFirst");
        exchanges.recordOpportunity(id, new ExchangeStudy("Utile au diagnostic", true, today.minusDays(2),
                "Service petite enfance"));
        exchanges.recordFeasibility(id, new ExchangeStudy("Extraction trimestrielle possible", true, today, "DSI"));
        assertThatThrownBy(() -> exchanges.decide(id, ExchangeDecision.ACCEPTED_WITH_CONDITIONS, " ", today, null, null))
                .hasMessageContaining("exchange.error.conditions");
        assertThatThrownBy(() -> exchanges.decide(id, ExchangeDecision.ACCEPTED, null, today, today.plusDays(10), today))
                .hasMessageContaining("exchange.error.period");
        exchanges.decide(id, ExchangeDecision.ACCEPTED_WITH_CONDITIONS, "Données agrégées, pas de donnée nominative",
                today, today, today.plusYears(2));
        ExchangeRow row = exchanges.list(w.conventionId(), null, null).getFirst();
        assertThat(row.stage()).isEqualTo(ExchangeStage.DECIDED);
        assertThat(row.otherParty()).as("the other party studies").isEqualTo("CC");
        assertThat(row.conditions()).contains("agrégées");
        assertThat(exchanges.list(w.conventionId(), ExchangeStage.REQUESTED, null)).isEmpty();
        assertThat(exchanges.list(w.conventionId(), null, true)).hasSize(1);
        assertThat(exchanges.list(w.conventionId(), null, false)).isEmpty();
        assertThatThrownBy(() -> exchanges.recordOpportunity(id, new ExchangeStudy("x", true, today, "y")))
                .hasMessageContaining("exchange.error.decided");
        String csv = new String(exchanges.export(w.conventionId()), StandardCharsets.UTF_8);
        assertThat(csv).contains("Fichier des allocataires", "ACCEPTED_WITH_CONDITIONS", "Article L. 262-40");

        login.as(w.user("copil"));
        List<NotificationItem> told = notifications.recent(20).stream()
                .filter(n -> n.kind().equals(NotificationService.KIND_DATA_EXCHANGE)).toList();
        assertThat(told).as("request, two studies, decision").hasSize(4);
        login.as(w.user("lecteur"));
        assertThat(notifications.recent(20)).noneMatch(n -> n.kind().equals(NotificationService.KIND_DATA_EXCHANGE));
    }

    @Test
    void personalDataWithoutLegalBasisIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> exchanges.request(w.conventionId(), personal("  ")))
                .hasMessageContaining("exchange.error.legalBasis");
        assertThatThrownBy(() -> exchanges.request(w.conventionId(), new ExchangeRequest(caf, "Liste", "Noms",
                "Relances", "RGPD art. 6-1-e", true, null, "1 an", null)))
                .hasMessageContaining("exchange.error.recipients");
        assertThatThrownBy(() -> exchanges.request(w.conventionId(), new ExchangeRequest(999_999L, "Liste", "Noms",
                "Relances", null, false, null, null, null))).hasMessageContaining("exchange.error.party");
        assertThat(exchanges.list(w.conventionId(), null, null)).isEmpty();
        long id = exchanges.request(w.conventionId(), new ExchangeRequest(caf, "Taux de couverture EAJE",
                "Indicateurs agrégés", "Suivi de l’objectif 1", null, false, "ignoré", null, null));
        assertThat(exchanges.list(w.conventionId(), null, null)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.request().recipients()).as("no safeguards kept without personal data").isNull();
        });
        login.as(w.user("lecteur"));
        assertThatThrownBy(() -> exchanges.request(w.conventionId(), personal("CASF")))
                .isInstanceOf(AccessRefusedException.class);
        login.as(w.user("association"));
        assertThatThrownBy(() -> exchanges.list(w.conventionId(), null, null))
                .isInstanceOf(AccessRefusedException.class);
    }
}
