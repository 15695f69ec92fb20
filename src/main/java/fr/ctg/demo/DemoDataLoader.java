package fr.ctg.demo;

import fr.ctg.avenant.AvenantService;
import fr.ctg.base.ClusterJobs;
import fr.ctg.convention.CafService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.NewCaf;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.document.DeliberationMeta;
import fr.ctg.document.DocumentService;
import fr.ctg.document.IssuingBody;
import fr.ctg.document.UploadedFile;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.MilestoneService;
import fr.ctg.objective.NewObjective;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountAdministrationService;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.SystemIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start only (no convention with the code "saves" yet), loads the Savès convention, a small
 * fictitious second convention and one demo account per role, through the ordinary services; the Savès indicators,
 * contributions and shared diagnostic are each added when missing.
 */
@Component
@ConditionalOnProperty(name = "ctg.demo.enabled", havingValue = "true")
@Order(100)
class DemoDataLoader implements ApplicationRunner {

    static final String MARKER_CODE = "saves";
    /** The demo's Caf (existing data migrated into it by V14). */
    static final NewCaf DEMO_CAF = new NewCaf("gers", "Caf du Gers", "32 – Gers", "11 rue de Châteaudun – 32013 Auch Cedex");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ConventionService conventions;
    private final ObjectiveService objectives;
    private final AccountService accounts;
    private final TransactionTemplate tx;
    private final DocumentService documents;
    private final MilestoneService milestoneService;
    private final CommitteeService committeeService;
    private final DemoIndicators indicators;
    private final DemoContributions contributions;
    private final DemoDiagnostic diagnostic;
    private final DemoEvaluation evaluation;
    private final String demoPassword;
    private final ClusterJobs jobs;
    private final CafService cafs;
    private final AccountAdministrationService accountAdministration;
    private final AvenantService avenants;

    DemoDataLoader(ConventionService conventions, ObjectiveService objectives, AccountService accounts,
                   TransactionTemplate tx, DocumentService documents, MilestoneService milestoneService, CommitteeService committeeService,
                   DemoIndicators indicators, DemoContributions contributions, DemoEvaluation evaluation, CafService cafs,
                   AccountAdministrationService accountAdministration, AvenantService avenants,
                   DemoDiagnostic diagnostic, ClusterJobs jobs,
                   @Value("${ctg.demo.password:ctg-demo-2026}") String demoPassword) {
        this.jobs = jobs;
        this.cafs = cafs;
        this.avenants = avenants;
        this.accountAdministration = accountAdministration;
        this.indicators = indicators;
        this.contributions = contributions;
        this.diagnostic = diagnostic;
        this.evaluation = evaluation;
        this.documents = documents;
        this.milestoneService = milestoneService;
        this.committeeService = committeeService;
        this.conventions = conventions;
        this.objectives = objectives;
        this.accounts = accounts;
        this.tx = tx;
        this.demoPassword = demoPassword;
    }

    /** On one node when several start together on an empty database (the other finds the demo in place later). */
    @Override
    public void run(ApplicationArguments args) {
        jobs.once("demo-load", Duration.ofMinutes(10), Duration.ZERO, () -> {
            try {
                loadIfAbsent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void loadIfAbsent() throws IOException {
        DemoData data = read();
        boolean loaded = SystemIdentity.call(() -> tx.execute(status -> {
            if (conventions.existsByCode(MARKER_CODE)) {
                return false;
            }
            load(data);
            return true;
        }));
        if (loaded) {
            // the state both parties signed: recorded after the load has committed, so that it holds the objectives
            SystemIdentity.call(() -> tx.execute(status -> {
                for (DemoData.DemoConvention dc : data.conventions()) {
                    if (dc.convention().status() != ConventionStatus.DRAFT) {
                        conventions.idOfCode(dc.convention().code()).filter(id -> !avenants.hasBaseline(id))
                                .ifPresent(avenants::recordSignedState);
                    }
                }
                return null;
            }));
        }
        boolean indicatorsLoaded = SystemIdentity.call(() -> tx.execute(status -> conventions.idOfCode(MARKER_CODE)
                .map(id -> {
                    indicators.loadIfMissing(id);
                    contributions.loadIfMissing(id, accounts.accountIdOf("association").orElse(null));
                    diagnostic.loadIfMissing(id);
                    evaluation.loadIfMissing(id, data.conventions().stream()
                            .filter(dc -> MARKER_CODE.equals(dc.convention().code())).findFirst()
                            .map(DemoData.DemoConvention::evaluativeQuestions).orElse(null));
                    return true;
                }).orElse(false)));
        if (indicatorsLoaded) {
            log.info("Demo indicators of {} are in place", MARKER_CODE);
        }
        if (loaded) {
            log.info("Demo data loaded: {} conventions, {} accounts (password: see README)",
                    data.conventions().size(), data.accounts().size());
        }
    }

    /** The three deliberations the Savès convention cites (annexes 5 and 6), with placeholder PDFs. */
    private void loadDeliberations(long saves) {
        record Deliberation(IssuingBody body, String number, LocalDate date, String subject) {
        }
        List<Deliberation> list = List.of(
                new Deliberation(IssuingBody.CONSEIL_COMMUNAUTAIRE, "DEMO-CC-2014-01", LocalDate.of(2014, 9, 15),
                        "Autorisation donnée au président de signer la convention territoriale globale avec la Caf du Gers"),
                new Deliberation(IssuingBody.COMMISSION_ACTION_SOCIALE_CAF, "DEMO-CAS-2015-01", LocalDate.of(2015, 1, 20),
                        "Décision de la commission d’action sociale relative à la CTG du Savès"),
                new Deliberation(IssuingBody.CONSEIL_ADMINISTRATION_CAF, "DEMO-CA-2015-01", LocalDate.of(2015, 3, 16),
                        "Décision du conseil d’administration de la Caf du Gers relative à la CTG du Savès"));
        for (Deliberation d : list) {
            byte[] pdf = PlaceholderPdf.of(List.of("Document de démonstration (fac-similé provisoire)",
                    "Convention territoriale globale – Caf du Gers / CC du Savès", "", d.subject(),
                    "Séance du " + d.date(), "Numéro : " + d.number(),
                    "Le texte légalement publié fait foi ; ce fichier n’est qu’un exemple."));
            documents.createDeliberation(saves, new DeliberationMeta(d.body(), d.number(), d.date(), d.subject(), null, null),
                    new UploadedFile(d.number() + ".pdf", () -> new ByteArrayInputStream(pdf)));
        }
    }

    /** The Annexe 4 evaluation calendar of Savès, with demonstration dates (the convention leaves them "à négocier"). */
    private void loadEvaluationCalendar(long saves) {
        List<Object[]> milestones = List.of(
                new Object[] {"Désignation des référents et constitution du comité de suivi de l’évaluation", LocalDate.of(2015, 6, 30), true},
                new Object[] {"Présentation de la CTG aux acteurs concernés", LocalDate.of(2015, 10, 15), true},
                new Object[] {"Construction des outils d’évaluation (indicateurs, critères, questionnaires, groupes)", LocalDate.of(2016, 3, 31), true},
                new Object[] {"Mise en œuvre et suivi des résultats", LocalDate.of(2018, 6, 30), true},
                new Object[] {"Analyse et conclusions de l’évaluation en fin de contrat", LocalDate.of(2018, 11, 30), true},
                new Object[] {"Restitution des résultats", LocalDate.of(2019, 1, 31), false});
        for (Object[] m : milestones) {
            var d = milestoneService.addMilestone(saves, (String) m[0], (LocalDate) m[1], null);
            if ((boolean) m[2]) {
                milestoneService.markDone(d.id());
            }
        }
    }

    /** The demo account that chairs the Savès COPIL (and so approves its minutes). */
    static final String DEMO_COPIL_CHAIR = "copil";

    static DemoData read() throws IOException {
        try (InputStream in = new ClassPathResource("demo/demo-data.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, DemoData.class);
        }
    }

    private void load(DemoData data) {
        long caf = cafs.idOfCode(DEMO_CAF.code()).orElseGet(() -> cafs.create(DEMO_CAF).id());
        cafs.useStaticLogo(caf, "images/logos/caf-gers.svg");
        Map<String, Long> ids = new HashMap<>();
        for (DemoData.DemoConvention dc : data.conventions()) {
            long conventionId = conventions.create(caf, dc.convention());
            ids.put(dc.convention().code(), conventionId);
            List<FieldRef> fields = conventions.fields(conventionId);
            Map<String, Long> groups = new HashMap<>();
            for (ThematicGroupRef g : conventions.thematicGroups(conventionId)) {
                groups.put(g.name(), g.id());
            }
            for (DemoData.DemoObjective o : dc.objectives()) {
                Set<Long> groupIds = new LinkedHashSet<>();
                for (String name : o.thematicGroups()) {
                    Long id = groups.get(name);
                    if (id == null) {
                        throw new IllegalStateException("Demo objective names an unknown group: " + name);
                    }
                    groupIds.add(id);
                }
                objectives.create(conventionId, new NewObjective(fields.get(o.field() - 1).id(), o.title(),
                        o.description(), o.status(), o.progress(), groupIds));
            }
        }
        loadDeliberations(ids.get(MARKER_CODE));
        loadEvaluationCalendar(ids.get(MARKER_CODE));
        Map<String, Long> accountIds = new HashMap<>();
        for (DemoData.DemoAccount a : data.accounts()) {
            long accountId = accounts.createAccount(a.username(), a.displayName(), a.email(), a.organisation(),
                    demoPassword, a.platformAdmin());
            accountIds.put(a.username(), accountId);
            accounts.markDemo(accountId);
            if (a.cafAdmin()) {
                accountAdministration.addCafAdministrator(caf, accountId);
            }
            for (DemoData.DemoMembership m : a.memberships()) {
                Long conventionId = ids.get(m.convention());
                if (conventionId == null) {
                    throw new IllegalStateException("Demo membership names an unknown convention: " + m.convention());
                }
                accounts.grant(accountId, conventionId, m.role(), m.committee(), m.seat());
            }
        }
        Long chair = accountIds.get(DEMO_COPIL_CHAIR);
        if (chair != null) {
            committeeService.committees(ids.get(MARKER_CODE)).stream()
                    .filter(c -> c.kind() == Committee.COMITE_PILOTAGE).findFirst()
                    .ifPresent(c -> committeeService.setChair(c.id(), chair));
        }
    }

}
