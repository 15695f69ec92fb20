package fr.ctg.objective;

import fr.ctg.TestLogin;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.CafService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.NewConvention;
import fr.ctg.convention.RenewalMode;
import fr.ctg.security.AccountService;
import fr.ctg.security.MemberSummary;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * A fresh convention per test, with its own people (so tests never disturb the demo data nor each
 * other): {@code copil}, {@code copil2}, {@code secretariat}, {@code suivi}, {@code lecteur},
 * {@code association} prefixed by a unique code, all with the demo password.
 */
@TestComponent
public class EditingFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final ConventionService conventions;
    private final ObjectiveService objectives;
    private final AccountService accounts;
    private final TestLogin login;
    private final CafService cafs;

    EditingFixture(ConventionService conventions, ObjectiveService objectives, AccountService accounts, TestLogin login,
                   CafService cafs) {
        this.cafs = cafs;
        this.conventions = conventions;
        this.objectives = objectives;
        this.accounts = accounts;
        this.login = login;
    }

    public record World(String prefix, long conventionId, long fieldA, long fieldB, long groupA, long objectiveId,
                        long secondObjectiveId) {
        public String user(String role) {
            return prefix + "-" + role;
        }
    }

    public World create() {
        return create(List.of());
    }

    /** A fresh world whose convention has this territory portrait (Annexe 2). */
    public World create(List<NewConvention.NewFigure> portrait) {
        String prefix = "t" + System.nanoTime() % 100000 + "x" + SEQ.incrementAndGet();
        return SystemIdentity.call(() -> {
            long c = conventions.create(testCaf(), new NewConvention(prefix, "Zz convention de test " + prefix, "Territoire de test",
                    null, LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), RenewalMode.EXPRESS, 3, null,
                    ConventionStatus.IN_FORCE, false,
                    List.of(new NewConvention.NewParty(PartyKind.CAF, "Caf de test", "Caf", null, "images/logos/caf-gers.svg", null, List.of()),
                            new NewConvention.NewParty(PartyKind.EPCI, "CC de test", "CC", null, "images/logos/cc-saves.svg", null, List.of())),
                    List.of(), List.of(new NewConvention.NewArticle(1, "Objet de la convention",
                                    "La présente convention vise à définir le projet stratégique global du territoire."),
                            new NewConvention.NewArticle(10, "Durée de la convention",
                                    "La présente convention est conclue jusqu’au 31 décembre 2028 inclus.")),
                    List.of(new NewConvention.NewAnnex(1, "Moyens mobilisés par chaque partenaire", null, false),
                            new NewConvention.NewAnnex(4, "Évaluation", null, true)),
                    List.of("Champ A", "Champ B"),
                    List.of(new NewConvention.NewThematicGroup("Groupe A", null),
                            new NewConvention.NewThematicGroup("Groupe B", null)), portrait));
            member(prefix, "copil", "Camille Copil", c, Role.COPIL_MEMBER);
            member(prefix, "copil2", "Dominique Copil", c, Role.COPIL_MEMBER);
            member(prefix, "secretariat", "Sacha Secrétariat", c, Role.SECRETARIAT);
            member(prefix, "suivi", "Sam Suivi", c, Role.FOLLOW_UP_MEMBER);
            member(prefix, "lecteur", "Lou Lecteur", c, Role.READER);
            member(prefix, "association", "Ali Association", c, Role.ASSOCIATION);
            long fieldA = conventions.fields(c).get(0).id();
            long fieldB = conventions.fields(c).get(1).id();
            long groupA = conventions.thematicGroups(c).get(0).id();
            long o1 = objectives.create(c, new NewObjective(fieldA, "Ouvrir un lieu d’accueil enfants-parents",
                    "Un LAEP itinérant sur trois communes.", ObjectiveStatus.PLANNED, 0, Set.of(groupA)));
            long o2 = objectives.create(c, new NewObjective(fieldA, "Créer un relais petite enfance", null,
                    ObjectiveStatus.IN_PROGRESS, 20, Set.of()));
            return new World(prefix, c, fieldA, fieldB, groupA, o1, o2);
        });
    }

    /**
     * {@code count} more COPIL members of the world's convention, for load and concurrency runs: usernames
     * {@code <prefix>-<role><i>}, display names {@code <displayName> <i>}; returns the usernames in order.
     */
    public List<String> copilMembers(World w, String role, String displayName, int count) {
        return SystemIdentity.call(() -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = w.user(role + i);
                long id = accounts.createAccount(name, displayName + " " + i, null, null, TestLogin.DEMO_PASSWORD, false);
                accounts.grant(id, w.conventionId(), Role.COPIL_MEMBER, null, null);
                names.add(name);
            }
            return names;
        });
    }

    /** The account id of the world's person with this role ("copil", "secretariat"…); the caller stays who they are. */
    public long accountId(World w, String role) {
        return SystemIdentity.call(() -> accounts.members(w.conventionId()).stream()
                .filter(m -> m.username().equals(w.user(role))).mapToLong(MemberSummary::accountId).findFirst()
                .orElseThrow());
    }

    /** The Caf of test conventions (the demo's Caf du Gers). */
    private long testCaf() {
        return cafs.idOfCode("gers").orElseThrow();
    }

    private void member(String prefix, String role, String name, long conventionId, Role r) {
        long id = accounts.createAccount(prefix + "-" + role, name + " " + prefix, prefix + "-" + role + "@test.invalid", null,
                TestLogin.DEMO_PASSWORD,
                false);
        accounts.grant(id, conventionId, r, null, null);
    }
}
