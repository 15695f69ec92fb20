package fr.ctg.contribution;

import fr.ctg.TestLogin;
import fr.ctg.convention.ConventionService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;

/**
 * A convention with a referent, two partner organisations ("Familles rurales", "Le Lien"), and a call open from
 * 20 November to 15 December 2026 addressed to both, with a required long answer, a number, a choice and a yes/no.
 */
@TestComponent
public class ContributionFixture {

    private final EditingFixture editing;
    private final AccountService accounts;
    private final PartnerService partners;
    private final CallService calls;
    private final TestLogin login;
    private final ConventionService conventions;

    ContributionFixture(EditingFixture editing, AccountService accounts, PartnerService partners, CallService calls,
                        TestLogin login, ConventionService conventions) {
        this.editing = editing;
        this.accounts = accounts;
        this.partners = partners;
        this.calls = calls;
        this.login = login;
        this.conventions = conventions;
    }

    public record World(EditingFixture.World w, long familles, long lien, long callId) {
        public String user(String role) {
            return w.user(role);
        }
    }

    public static List<Question> questions() {
        return List.of(new Question("Quels besoins des familles observez-vous ?", QuestionKind.LONG_TEXT, true, List.of()),
                new Question("Combien de familles accompagnez-vous ?", QuestionKind.NUMBER, true, List.of()),
                new Question("Votre public principal", QuestionKind.CHOICE, false, List.of("Parents", "Jeunes", "Seniors")),
                new Question("Souhaitez-vous participer au groupe de travail ?", QuestionKind.YES_NO, false, List.of()),
                new Question("Votre bilan d’activité (facultatif)", QuestionKind.FILE, false, List.of()));
    }

    public World create() {
        EditingFixture.World w = editing.create();
        SystemIdentity.run(() -> {
            long id = accounts.createAccount(w.user("referent"), "Rémi Référent " + w.prefix(),
                    w.user("referent") + "@test.invalid", null, TestLogin.DEMO_PASSWORD, false);
            accounts.grant(id, w.conventionId(), Role.EVALUATION_REFERENT, null, null);
        });
        login.as(w.user("referent"));
        long familles = partners.createOrganisation(w.conventionId(), "Familles rurales " + w.prefix()).id();
        long lien = partners.createOrganisation(w.conventionId(), "Le Lien " + w.prefix()).id();
        long groupA = conventions.thematicGroups(w.conventionId()).getFirst().id();
        long call = calls.create(w.conventionId(), new NewCall("Évaluation 2026 : la parole des associations",
                "Répondez au nom de votre association.", Set.of(groupA), questions(), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 15), Set.of(familles, lien)));
        login.logout();
        return new World(w, familles, lien, call);
    }
}
