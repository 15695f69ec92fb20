package fr.ctg.indicator;

import fr.ctg.TestLogin;
import fr.ctg.convention.ConventionService;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Role;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;

/**
 * A convention (from {@link EditingFixture}) with an evaluation referent ({@code referent}) and a small catalogue
 * in group A: EAJE places and children under 3 (yearly), the coverage ratio places ÷ children × 100, the LAEP
 * attendance rate (quarterly, 0–100 %); in group B the average delay for an appointment (lower is better,
 * published to associations). Leaves nobody logged in.
 */
@TestComponent
public class IndicatorFixture {

    private final EditingFixture editing;
    private final AccountService accounts;
    private final IndicatorCatalogueService catalogue;
    private final TestLogin login;
    private final ConventionService conventions;

    IndicatorFixture(EditingFixture editing, AccountService accounts, IndicatorCatalogueService catalogue, TestLogin login,
                     ConventionService conventions) {
        this.conventions = conventions;
        this.editing = editing;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.login = login;
    }

    public record Catalogue(EditingFixture.World w, long groupB, long places, long children, long coverage, long laep,
                            long delay) {
        public String user(String role) {
            return w.user(role);
        }
    }

    public static IndicatorDefinition raw(long group, String code, String name, String unit, Periodicity p,
                                          Direction d, BigDecimal min, BigDecimal max, Map<String, BigDecimal> targets) {
        return new IndicatorDefinition(group, code, name, null, unit, 0, p, IndicatorKind.RAW, null, null, null, null,
                null, targets, min, max, d, SourceKind.CAF, null, Set.of(), null, false);
    }

    public Catalogue create() {
        EditingFixture.World w = editing.create();
        SystemIdentity.run(() -> {
            long id = accounts.createAccount(w.user("referent"), "Rémi Référent " + w.prefix(),
                    w.user("referent") + "@test.invalid", null, TestLogin.DEMO_PASSWORD, false);
            accounts.grant(id, w.conventionId(), Role.EVALUATION_REFERENT, null, null);
        });
        login.as(w.user("referent"));
        long c = w.conventionId();
        long groupA = w.groupA();
        long places = catalogue.create(c, raw(groupA, "EAJE_PLACES", "Places en EAJE", "places", Periodicity.YEARLY,
                Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("5000"), Map.of("2024", new BigDecimal("60"))));
        long children = catalogue.create(c, raw(groupA, "ENFANTS_3", "Enfants de moins de 3 ans", "enfants",
                Periodicity.YEARLY, Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, null, Map.of()));
        long coverage = catalogue.create(c, new IndicatorDefinition(groupA, "COUV_EAJE", "Taux de couverture EAJE", null,
                "%", 1, Periodicity.YEARLY, IndicatorKind.RATIO, places, children, new BigDecimal("100"), null, null,
                Map.of("2024", new BigDecimal("20")), null, null, Direction.HIGHER_IS_BETTER, SourceKind.CAF, null,
                Set.of(w.objectiveId()), null, false));
        long laep = catalogue.create(c, raw(groupA, "LAEP_FREQ", "Taux de fréquentation du LAEP", "%",
                Periodicity.QUARTERLY, Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("100"), Map.of()));
        long groupBId = conventions.thematicGroups(c).get(1).id();
        long delay = catalogue.create(c, new IndicatorDefinition(groupBId, "DELAI_RDV", "Délai moyen d’un rendez-vous",
                null, "jours", 0, Periodicity.YEARLY, IndicatorKind.RAW, null, null, null, new BigDecimal("30"), "2022",
                Map.of("2024", new BigDecimal("15")), BigDecimal.ZERO, null, Direction.LOWER_IS_BETTER, SourceKind.CC,
                null, Set.of(), null, true));
        login.logout();
        return new Catalogue(w, groupBId, places, children, coverage, laep, delay);
    }
}
