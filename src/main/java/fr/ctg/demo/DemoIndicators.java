package fr.ctg.demo;

import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.indicator.Direction;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorDefinition;
import fr.ctg.indicator.IndicatorKind;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.Periodicity;
import fr.ctg.indicator.SourceKind;
import fr.ctg.indicator.ValueEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Fourteen typical CTG indicators (../shared/docs/domain.md) across the Savès thematic groups, with plausible but
 * invented values from 2015 to 2025: every value says "données de démonstration" in its source detail, and every
 * definition says the values are invented.
 */
@Component
class DemoIndicators {

    static final String DEMO = "Données de démonstration (fictives)";

    private final IndicatorCatalogueService catalogue;
    private final IndicatorValuesService values;
    private final ConventionService conventions;

    DemoIndicators(IndicatorCatalogueService catalogue, IndicatorValuesService values, ConventionService conventions) {
        this.catalogue = catalogue;
        this.values = values;
        this.conventions = conventions;
    }

    /** Loads the catalogue and its values into a convention that has none yet (as the platform). */
    void loadIfMissing(long conventionId) {
        if (!catalogue.catalogue(conventionId).isEmpty()) {
            return;
        }
        Map<String, Long> groups = new HashMap<>();
        for (ThematicGroupRef g : conventions.thematicGroups(conventionId)) {
            groups.put(g.name(), g.id());
        }
        long pe = groups.get("Petite enfance");
        long ej = groups.get("Enfance – jeunesse");
        long pa = groups.get("Parentalité");
        long lo = groups.get("Logement et cadre de vie");
        long in = groups.get("Insertion et accès aux droits");
        long vs = groups.get("Animation de la vie sociale");
        long children = raw(conventionId, pe, "PE_ENFANTS_3", "Enfants de moins de 3 ans",
                "Enfants de moins de 3 ans domiciliés sur le territoire.", "enfants", SourceKind.INSEE, Direction.HIGHER_IS_BETTER,
                Map.of(), false, series(2015, 2025, 312, -0.012));
        long eaje = raw(conventionId, pe, "PE_PLACES_EAJE", "Places en EAJE (PSU)",
                "Places d’accueil collectif financées par la prestation de service unique.", "places", SourceKind.CAF,
                Direction.HIGHER_IS_BETTER, Map.of("2018", bd(20), "2022", bd(30)), false,
                merge(Map.of("2015", 0.0, "2016", 0.0), series(2017, 2025, 20, 0.05)));
        ratio(conventionId, pe, "PE_COUV_EAJE", "Taux de couverture EAJE",
                "Places en EAJE ÷ enfants de moins de 3 ans × 100.", "%", eaje, children,
                Map.of("2018", bd(7), "2022", bd(10)));
        raw(conventionId, pe, "PE_PLACES_AM", "Places chez les assistants maternels",
                "Places agréées chez les assistants maternels en activité.", "places", SourceKind.CAF,
                Direction.HIGHER_IS_BETTER, Map.of("2018", bd(215)), false, series(2015, 2025, 206, 0.004));
        raw(conventionId, pe, "PE_OCCUPATION_EAJE", "Taux d’occupation des EAJE",
                "Heures facturées ÷ (places × heures d’ouverture) × 100.", "%", SourceKind.CAF,
                Direction.HIGHER_IS_BETTER, Map.of("2018", bd(70), "2022", bd(75)), false, series(2017, 2025, 64, 0.025));
        raw(conventionId, ej, "EJ_ALSH_ENFANTS", "Enfants différents accueillis en ALSH",
                "Enfants distincts accueillis au moins une fois dans l’année en accueil de loisirs.", "enfants",
                SourceKind.CC, Direction.HIGHER_IS_BETTER, Map.of("2018", bd(420), "2022", bd(460)), true,
                series(2015, 2025, 378, 0.02));
        raw(conventionId, ej, "EJ_ALSH_MERCREDI", "Places ALSH le mercredi",
                "Places ouvertes le mercredi (toutes tranches d’âge).", "places", SourceKind.CC,
                Direction.HIGHER_IS_BETTER, Map.of("2018", bd(72)), false, series(2015, 2025, 60, 0.035));
        raw(conventionId, pa, "PA_LAEP_FREQ", "Taux de fréquentation du LAEP",
                "Familles venues au LAEP ÷ familles du territoire ayant un enfant de moins de 6 ans × 100.", "%",
                SourceKind.ASSOCIATION, Direction.HIGHER_IS_BETTER, Map.of("2019-T1", bd(10), "2022-T1", bd(14)), true,
                quarterly(2018, 2025, 7.5, 0.03));
        raw(conventionId, pa, "PA_REAAP_PARENTS", "Parents participant aux actions REAAP",
                "Parents différents ayant participé à au moins une action du réseau d’écoute, d’appui et "
                        + "d’accompagnement des parents.", "parents", SourceKind.ASSOCIATION, Direction.HIGHER_IS_BETTER,
                Map.of("2018", bd(60), "2022", bd(80)), false, series(2015, 2025, 41, 0.08));
        raw(conventionId, lo, "LO_FOYERS_AL", "Foyers percevant une aide au logement",
                "Foyers allocataires d’une ALF, ALS ou APL au 31 décembre.", "foyers", SourceKind.CAF,
                Direction.HIGHER_IS_BETTER, Map.of(), false, series(2015, 2025, 523, 0.006));
        raw(conventionId, in, "IN_RDV_DROITS", "Rendez-vous des droits réalisés",
                "Rendez-vous des droits tenus dans l’année avec des habitants du territoire.", "rendez-vous",
                SourceKind.CAF, Direction.HIGHER_IS_BETTER, Map.of("2018", bd(45), "2022", bd(60)), false,
                series(2015, 2025, 31, 0.09));
        raw(conventionId, in, "IN_ALLOC_100", "Allocataires dont les ressources sont à 100 % Caf",
                "Allocataires dont les prestations Caf forment toutes les ressources ÷ allocataires × 100.", "%",
                SourceKind.CAF, Direction.LOWER_IS_BETTER, Map.of("2018", bd(12), "2022", bd(11)), false,
                series(2015, 2025, 12.6, -0.012));
        raw(conventionId, vs, "VS_EVS", "Espaces de vie sociale agréés",
                "Structures agréées par la Caf au titre de l’animation de la vie sociale.", "structures", SourceKind.CAF,
                Direction.HIGHER_IS_BETTER, Map.of("2018", bd(1), "2022", bd(2)), true,
                Map.of("2017", 1.0, "2018", 1.0, "2019", 1.0, "2020", 2.0, "2021", 2.0, "2022", 2.0, "2023", 2.0,
                        "2024", 2.0, "2025", 2.0));
        raw(conventionId, vs, "VS_BENEVOLES", "Habitants bénévoles dans les structures",
                "Habitants bénévoles actifs dans les centres sociaux et espaces de vie sociale.", "bénévoles",
                SourceKind.ASSOCIATION, Direction.HIGHER_IS_BETTER, Map.of("2022", bd(55)), false,
                series(2017, 2025, 26, 0.09));
    }

    private long raw(long conventionId, long group, String code, String name, String definition, String unit,
                     SourceKind source, Direction direction, Map<String, BigDecimal> targets, boolean published,
                     Map<String, Double> data) {
        Periodicity periodicity = data.keySet().iterator().next().contains("-T") ? Periodicity.QUARTERLY : Periodicity.YEARLY;
        int decimals = unit.equals("%") ? 1 : 0;
        String first = data.keySet().stream().sorted().findFirst().orElseThrow();
        long id = catalogue.create(conventionId, new IndicatorDefinition(group, code, name,
                definition + " Valeurs de démonstration, inventées.", unit, decimals, periodicity, IndicatorKind.RAW,
                null, null, null, bd(data.get(first)).setScale(decimals, RoundingMode.HALF_UP), first, targets,
                BigDecimal.ZERO, unit.equals("%") ? bd(100) : null, direction, source, null, Set.of(), null, published));
        data.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> values.record(new ValueEntry(id,
                e.getKey(), bd(e.getValue()).setScale(decimals, RoundingMode.HALF_UP), source, DEMO, null, false,
                "Évolution connue du territoire (démonstration)")));
        return id;
    }

    private void ratio(long conventionId, long group, String code, String name, String definition, String unit,
                       long numerator, long denominator, Map<String, BigDecimal> targets) {
        catalogue.create(conventionId, new IndicatorDefinition(group, code, name,
                definition + " Valeurs de démonstration, inventées.", unit, 1, Periodicity.YEARLY, IndicatorKind.RATIO,
                numerator, denominator, bd(100), null, null, targets, null, null, Direction.HIGHER_IS_BETTER,
                SourceKind.CAF, null, Set.of(), null, false));
    }

    /** Yearly values growing by {@code rate} a year with a small, fixed wobble. */
    static Map<String, Double> series(int from, int to, double start, double rate) {
        Map<String, Double> out = new HashMap<>();
        for (int y = from; y <= to; y++) {
            int k = y - from;
            out.put(String.valueOf(y), start * Math.pow(1 + rate, k) * (1 + 0.015 * Math.sin(k * 1.7)));
        }
        return out;
    }

    static Map<String, Double> quarterly(int from, int to, double start, double rate) {
        Map<String, Double> out = new HashMap<>();
        int k = 0;
        for (int y = from; y <= to; y++) {
            for (int q = 1; q <= 4; q++, k++) {
                out.put(y + "-T" + q, start * Math.pow(1 + rate, k) * (1 + 0.04 * Math.sin(k * 1.3)));
            }
        }
        return out;
    }

    private static Map<String, Double> merge(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> out = new HashMap<>(a);
        out.putAll(b);
        return out;
    }

    private static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v);
    }

}
