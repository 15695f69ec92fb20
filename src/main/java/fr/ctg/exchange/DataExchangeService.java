package fr.ctg.exchange;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PartyKind;
import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionState;
import fr.ctg.exchange.internal.DataExchange;
import fr.ctg.exchange.internal.DataExchangeRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of data-exchange requests (Article 7): a party asks (with personal data, never without a legal basis,
 * recipients and retention), the other party studies the opportunity then the feasibility, the parties decide
 * (accepted, refused, accepted with conditions) and set the exchange's period. Each step is checked in full before
 * anything is written, and told to those who follow the register.
 */
@Service
@Transactional
public class DataExchangeService {


    static final int MAX_TEXT = 5_000;

    private final DataExchangeRepository exchanges;
    private final ConventionAccessService access;
    private final ConventionHistoryService conventions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DataExchangeService(DataExchangeRepository exchanges, ConventionAccessService access,
                        ConventionHistoryService conventions, CurrentUser currentUser, Clock clock,
                        ApplicationEventPublisher events) {
        this.exchanges = exchanges;
        this.access = access;
        this.conventions = conventions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the person writes the register of this convention. */
    @Transactional(readOnly = true)
    public boolean canEdit(long conventionId) {
        return access.require(conventionId, Role.CONVENTION_READERS).stream().anyMatch(Role.CONVENTION_EDITORS::contains);
    }

    /** The register, newest first, filtered by stage and personal data when given (readers of the convention). */
    @Transactional(readOnly = true)
    public List<ExchangeRow> list(long conventionId, ExchangeStage stage, Boolean personalData) {
        access.require(conventionId, Role.CONVENTION_READERS);
        Map<Long, ConventionState.PartyState> parties = parties(conventionId);
        return exchanges.findByConventionIdOrderByNumberDesc(conventionId).stream().map(e -> row(e, parties))
                .filter(r -> stage == null || r.stage() == stage)
                .filter(r -> personalData == null || r.request().personalData() == personalData)
                .toList();
    }

    /** Records a request (editors). */
    public long request(long conventionId, ExchangeRequest r) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        ExchangeRequest checked = checked(conventionId, r);
        DataExchange e = exchanges.save(new DataExchange(conventionId, exchanges.maxNumber(conventionId) + 1, checked));
        told(e, ExchangeStage.REQUESTED);
        return e.getId();
    }

    /** Records the other party's opportunity study (editors), before the feasibility one and the decision. */
    public void recordOpportunity(long exchangeId, ExchangeStudy study) {
        DataExchange e = editable(exchangeId);
        if (e.getFeasibility() != null) {
            throw new BusinessRuleException("exchange.error.opportunityAfterFeasibility");
        }
        e.opportunity(checked(study));
        told(e, ExchangeStage.OPPORTUNITY_STUDIED);
    }

    /** Records the other party's feasibility study (editors), once the opportunity is studied. */
    public void recordFeasibility(long exchangeId, ExchangeStudy study) {
        DataExchange e = editable(exchangeId);
        if (e.getOpportunity() == null) {
            throw new BusinessRuleException("exchange.error.opportunityFirst");
        }
        ExchangeStudy s = checked(study);
        if (s.on().isBefore(e.getOpportunity().on())) {
            throw new BusinessRuleException("exchange.error.feasibilityBefore");
        }
        e.feasibility(s);
        told(e, ExchangeStage.FEASIBILITY_STUDIED);
    }

    /** Records the decision and the exchange's period (editors), once both studies are made. */
    public void decide(long exchangeId, ExchangeDecision decision, String conditions, LocalDate decidedOn,
                       LocalDate startOn, LocalDate endOn) {
        DataExchange e = editable(exchangeId);
        if (e.getOpportunity() == null || e.getFeasibility() == null) {
            throw new BusinessRuleException("exchange.error.studiesFirst");
        }
        if (decision == null) {
            throw new BusinessRuleException("exchange.error.decision");
        }
        String c = text(conditions, MAX_TEXT, decision == ExchangeDecision.ACCEPTED_WITH_CONDITIONS,
                "exchange.error.conditions");
        if (decidedOn == null || decidedOn.isAfter(LocalDate.now(clock))
                || decidedOn.isBefore(e.getFeasibility().on())) {
            throw new BusinessRuleException("exchange.error.decidedOn");
        }
        if (decision == ExchangeDecision.REFUSED && (startOn != null || endOn != null)) {
            throw new BusinessRuleException("exchange.error.refusedPeriod");
        }
        if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
            throw new BusinessRuleException("exchange.error.period");
        }
        e.decide(decision, decision == ExchangeDecision.ACCEPTED ? null : c, decidedOn, startOn, endOn);
        told(e, ExchangeStage.DECIDED);
    }

    /** The register as CSV (readers of the convention), for the parties' own records. */
    @Transactional(readOnly = true)
    public byte[] export(long conventionId) {
        List<ExchangeRow> rows = list(conventionId, null, null);
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT).convention(conventionId)
                .detail("data exchanges " + rows.size()));
        List<List<String>> out = new ArrayList<>();
        for (ExchangeRow r : rows) {
            ExchangeRequest q = r.request();
            out.add(Arrays.asList(String.valueOf(r.number()), r.requestingParty(), q.title(), q.dataCategories(),
                    q.purpose(), nz(q.legalBasis()), q.personalData() ? "oui" : "non", nz(q.recipients()),
                    nz(q.retention()), nz(q.cnilFormalities()), study(r.opportunity()), study(r.feasibility()),
                    r.decision() == null ? "" : r.decision().name(), nz(r.conditions()), date(r.decidedOn()),
                    date(r.startOn()), date(r.endOn())));
        }
        return CsvTable.write(';', List.of("numero", "demandeur", "intitule", "categories", "finalite", "base_legale",
                "donnees_personnelles", "destinataires", "conservation", "formalites_cnil", "opportunite",
                "faisabilite", "decision", "conditions", "decide_le", "debut", "fin"), out);
    }

    private static String study(ExchangeStudy s) {
        return s == null ? "" : (Boolean.TRUE.equals(s.favourable()) ? "favorable" : "défavorable") + " – " + s.on()
                + " – " + s.by() + " – " + s.text();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private ExchangeRequest checked(long conventionId, ExchangeRequest given) {
        ExchangeRequest r = given == null ? new ExchangeRequest(null, null, null, null, null, false, null, null, null)
                : given;
        if (r.requestingPartyId() == null || !parties(conventionId).containsKey(r.requestingPartyId())) {
            throw new BusinessRuleException("exchange.error.party");
        }
        String title = text(r.title(), 300, true, "exchange.error.title");
        String categories = text(r.dataCategories(), MAX_TEXT, true, "exchange.error.categories");
        String purpose = text(r.purpose(), MAX_TEXT, true, "exchange.error.purpose");
        String legal = text(r.legalBasis(), MAX_TEXT, r.personalData(), "exchange.error.legalBasis");
        String recipients = text(r.recipients(), MAX_TEXT, r.personalData(), "exchange.error.recipients");
        String retention = text(r.retention(), 300, r.personalData(), "exchange.error.retention");
        String cnil = text(r.cnilFormalities(), MAX_TEXT, false, "exchange.error.cnil");
        return new ExchangeRequest(r.requestingPartyId(), title, categories, purpose, legal, r.personalData(),
                r.personalData() ? recipients : null, r.personalData() ? retention : null,
                r.personalData() ? cnil : null);
    }

    private ExchangeStudy checked(ExchangeStudy given) {
        ExchangeStudy s = given == null ? new ExchangeStudy(null, null, null, null) : given;
        String text = text(s.text(), MAX_TEXT, true, "exchange.error.studyText");
        if (s.favourable() == null) {
            throw new BusinessRuleException("exchange.error.studyConclusion");
        }
        if (s.on() == null || s.on().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("exchange.error.studyOn");
        }
        String by = text(s.by(), 200, true, "exchange.error.studyBy");
        return new ExchangeStudy(text, s.favourable(), s.on(), by);
    }

    private DataExchange editable(long exchangeId) {
        DataExchange e = exchanges.findForUpdate(exchangeId).orElseThrow(NotFoundException::new);
        access.require(e.getConventionId(), Role.CONVENTION_EDITORS);
        if (e.getDecision() != null) {
            throw new BusinessRuleException("exchange.error.decided");
        }
        return e;
    }

    private void told(DataExchange e, ExchangeStage stage) {
        CtgUser me = currentUser.require();
        events.publishEvent(new ExchangeStepRecorded(e.getConventionId(), e.getId(), e.getTitle(), stage,
                me.accountId(), me.displayName()));
    }

    private Map<Long, ConventionState.PartyState> parties(long conventionId) {
        return conventions.parties(conventionId).stream()
                .collect(Collectors.toMap(ConventionState.PartyState::id, Function.identity()));
    }

    private static ExchangeRow row(DataExchange e, Map<Long, ConventionState.PartyState> parties) {
        ConventionState.PartyState requester = parties.get(e.getRequestingPartyId());
        boolean cafAsks = requester != null && requester.kind() == PartyKind.CAF;
        String other = parties.values().stream().filter(p -> p.id() != e.getRequestingPartyId())
                .filter(p -> cafAsks ? p.kind() != PartyKind.CAF : p.kind() == PartyKind.CAF)
                .map(ConventionState.PartyState::shortName).findFirst().orElse("");
        ExchangeStage stage = e.getDecision() != null ? ExchangeStage.DECIDED
                : e.getFeasibility() != null ? ExchangeStage.FEASIBILITY_STUDIED
                : e.getOpportunity() != null ? ExchangeStage.OPPORTUNITY_STUDIED : ExchangeStage.REQUESTED;
        return new ExchangeRow(e.getId(), e.getNumber(), e.getRequestingPartyId(),
                requester == null ? "" : requester.shortName(), other, e.getRequest(), e.getOpportunity(),
                e.getFeasibility(), e.getDecision(), e.getConditions(), e.getDecidedOn(), e.getStartOn(),
                e.getEndOn(), stage);
    }

    private static String text(String value, int max, boolean required, String key) {
        String v = value == null ? "" : value.strip();
        if ((required && v.isEmpty()) || v.length() > max) {
            throw new BusinessRuleException(key, max);
        }
        return v.isEmpty() ? null : v;
    }
}
