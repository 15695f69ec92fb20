package fr.ctg.demo;

import fr.ctg.contribution.CallService;
import fr.ctg.contribution.NewCall;
import fr.ctg.contribution.PartnerService;
import fr.ctg.contribution.Question;
import fr.ctg.contribution.QuestionKind;
import fr.ctg.convention.ConventionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A demonstration partner organisation of Savès, the demo "association" account as its contributor, and an open
 * call for contributions, so that the narrow door can be tried right after the first start.
 */
@Component
class DemoContributions {

    static final String ORGANISATION = "Familles rurales du Savès (démonstration)";

    private final PartnerService partners;
    private final CallService calls;
    private final ConventionService conventions;
    private final Clock clock;

    DemoContributions(PartnerService partners, CallService calls, ConventionService conventions, Clock clock) {
        this.partners = partners;
        this.calls = calls;
        this.conventions = conventions;
        this.clock = clock;
    }

    void loadIfMissing(long conventionId, Long associationAccountId) {
        if (associationAccountId == null || !partners.organisations(conventionId).isEmpty()) {
            return;
        }
        long organisation = partners.createOrganisation(conventionId, ORGANISATION).id();
        partners.addContributor(organisation, associationAccountId);
        LocalDate today = LocalDate.now(clock);
        long group = conventions.thematicGroups(conventionId).stream().filter(g -> g.name().equals("Parentalité"))
                .findFirst().orElseThrow().id();
        calls.create(conventionId, new NewCall("Évaluation de la CTG : la parole des associations (démonstration)",
                "Dites-nous ce que vous observez auprès des familles. Vos réponses sont enregistrées au fur et à mesure ; "
                        + "vous pouvez déposer, retirer et redéposer jusqu’à la clôture.", Set.of(group),
                List.of(new Question("Quels besoins des familles observez-vous ?", QuestionKind.LONG_TEXT, true, List.of()),
                        new Question("Combien de familles avez-vous accompagnées cette année ?", QuestionKind.NUMBER, true,
                                List.of()),
                        new Question("Votre public principal", QuestionKind.CHOICE, false,
                                List.of("Parents de jeunes enfants", "Adolescents", "Seniors")),
                        new Question("Souhaitez-vous rejoindre le groupe de travail parentalité ?", QuestionKind.YES_NO,
                                false, List.of()),
                        new Question("Votre bilan d’activité", QuestionKind.FILE, false, List.of())),
                today.minusDays(7), today.plusDays(60), Set.of(organisation)));
    }
}
