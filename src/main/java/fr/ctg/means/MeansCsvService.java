package fr.ctg.means;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.csv.Csv;
import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.means.internal.MeansLine;
import fr.ctg.objective.ObjectiveState;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annexe 1 in CSV (UTF-8 with BOM, ';' or ','), with the indicators' dry run: {@link #preview} says what each row
 * would do and writes nothing; {@link #confirm} checks the same file again and writes the rows that are not refused.
 * A row naming an existing line (same partner, field, year, kind and nature) replaces its quantity, unit, source and
 * objectives.
 */
@Service
@Transactional
public class MeansCsvService {

    static final List<String> HEADER = List.of("partenaire", "champ", "annee", "nature", "libelle", "quantite", "unite",
            "source", "objectifs");
    static final List<String> REQUIRED = List.of("partenaire", "champ", "annee", "nature", "libelle", "quantite");
    static final int MAX_ROWS = 20_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final MeansService means;
    private final ConventionAccessService access;
    private final ApplicationEventPublisher events;

    MeansCsvService(MeansService means, ConventionAccessService access, ApplicationEventPublisher events) {
        this.means = means;
        this.access = access;
        this.events = events;
    }

    /** Every line of the convention as CSV (readers of the convention). */
    @Transactional(readOnly = true)
    public byte[] export(long conventionId, char separator) {
        if (separator != ';' && separator != ',') {
            throw new BusinessRuleException("indicator.csv.separator");
        }
        List<MeansRow> rows = means.list(conventionId);
        Map<Long, String> titles = means.objectiveChoices(conventionId).stream()
                .collect(Collectors.toMap(ObjectiveState::id, o -> o.draft().title()));
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT).convention(conventionId).detail("means " + rows.size()));
        List<List<String>> out = new ArrayList<>();
        for (MeansRow r : rows) {
            String number = r.quantity().stripTrailingZeros().toPlainString();
            out.add(Arrays.asList(r.partyName(), r.fieldTitle(), String.valueOf(r.year()), code(r.category()), r.label(),
                    separator == ';' ? number.replace('.', ',') : number, r.unit(),
                    r.source() == null ? "" : code(r.source()),
                    r.objectiveIds().stream().map(titles::get).filter(Objects::nonNull).sorted()
                            .collect(Collectors.joining(" | "))));
        }
        return CsvTable.write(separator, HEADER, out);
    }

    /** What importing the file would do; writes nothing (the convention's Annexe 1 editors). */
    @Transactional(readOnly = true)
    public MeansImportPreview preview(long conventionId, byte[] file) {
        return check(conventionId, file).preview();
    }

    /** Checks the file again and writes its rows that are not refused; returns how many were written. */
    public int confirm(long conventionId, byte[] file) {
        Checked checked = check(conventionId, file);
        if (checked.preview().fileRejected()) {
            throw new BusinessRuleException(checked.preview().fileErrorKey(),
                    checked.preview().fileErrorArguments().toArray());
        }
        for (Write w : checked.writes()) {
            if (w.existing() == null) {
                means.save(new MeansLine(conventionId, w.draft()));
            } else {
                w.existing().apply(w.draft());
            }
        }
        return checked.writes().size();
    }

    private record Write(MeansLine existing, MeansDraft draft) {
    }

    private record Checked(MeansImportPreview preview, List<Write> writes) {
    }

    private Checked check(long conventionId, byte[] file) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        if (file.length > MAX_BYTES) {
            return rejected("indicator.csv.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return rejected("indicator.csv.encoding");
        }
        text = Csv.stripBom(text);
        List<Csv.Record> records;
        try {
            records = Csv.parse(text, Csv.detectSeparator(text));
        } catch (BusinessRuleException e) {
            return rejected(e.getMessageKey(), e.getArguments());
        }
        if (records.isEmpty()) {
            return rejected("indicator.csv.empty");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return rejected("indicator.csv.tooManyRows", MAX_ROWS);
        }
        List<String> header = records.getFirst().fields().stream().map(MeansChecker::fold).toList();
        for (String h : header) {
            if (!HEADER.contains(h)) {
                return rejected("indicator.csv.unknownColumn", h, String.join(", ", HEADER));
            }
        }
        for (String r : REQUIRED) {
            if (!header.contains(r)) {
                return rejected("indicator.csv.missingColumn", r);
            }
        }
        MeansChecker checker = means.checker(conventionId);
        Map<String, MeansLine> existing = means.byIdentity(conventionId);
        Set<String> seen = new LinkedHashSet<>();
        List<MeansImportPreview.Row> rows = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        for (Csv.Record rec : records.subList(1, records.size())) {
            Map<String, String> v = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                v.put(header.get(i), i < rec.fields().size() ? rec.fields().get(i).strip() : "");
            }
            String summary = v.get("partenaire") + " – " + v.get("champ") + " – " + v.get("annee") + " – "
                    + v.get("libelle");
            try {
                MeansDraft d = checker.check(draft(checker, v));
                String identity = MeansChecker.identity(d);
                if (!seen.add(identity)) {
                    throw new BusinessRuleException("means.csv.twice");
                }
                MeansLine line = existing.get(identity);
                MeansImportPreview.Outcome outcome = line == null ? MeansImportPreview.Outcome.NEW
                        : sameValues(line.toDraft(), d) ? MeansImportPreview.Outcome.UNCHANGED
                        : MeansImportPreview.Outcome.REPLACES;
                rows.add(new MeansImportPreview.Row(rec.line(), summary, outcome, null, List.of()));
                if (outcome != MeansImportPreview.Outcome.UNCHANGED) {
                    writes.add(new Write(line, d));
                }
            } catch (BusinessRuleException e) {
                rows.add(new MeansImportPreview.Row(rec.line(), summary, MeansImportPreview.Outcome.ERROR,
                        e.getMessageKey(), List.of(e.getArguments())));
            }
        }
        return new Checked(new MeansImportPreview(rows, null, List.of()), writes);
    }

    private static boolean sameValues(MeansDraft a, MeansDraft b) {
        return a.quantity().compareTo(b.quantity()) == 0 && Objects.equals(a.unit(), b.unit())
                && a.source() == b.source() && a.objectiveIds().equals(b.objectiveIds());
    }

    private static MeansDraft draft(MeansChecker checker, Map<String, String> v) {
        Long party = checker.partyNamed(v.get("partenaire"));
        if (party == null) {
            throw new BusinessRuleException("means.error.party");
        }
        Long field = checker.fieldNamed(v.get("champ"));
        if (field == null) {
            throw new BusinessRuleException("means.error.field");
        }
        Integer year;
        try {
            year = Integer.valueOf(v.get("annee"));
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("means.csv.year", v.get("annee"));
        }
        MeansCategory category = category(v.get("nature"));
        BigDecimal quantity = Csv.number(v.get("quantite"));
        if (quantity == null) {
            throw new BusinessRuleException("means.csv.quantity", v.get("quantite"));
        }
        FundingSource source = v.getOrDefault("source", "").isEmpty() ? null : source(v.get("source"));
        Set<Long> objectives = new LinkedHashSet<>();
        for (String title : v.getOrDefault("objectifs", "").split("\\|")) {
            if (!title.isBlank()) {
                Long id = checker.objectiveNamed(title);
                if (id == null) {
                    throw new BusinessRuleException("means.csv.objective", title.strip());
                }
                objectives.add(id);
            }
        }
        return new MeansDraft(party, field, year, category, v.get("libelle"), quantity, v.get("unite"), source,
                objectives);
    }

    static String code(MeansCategory c) {
        return switch (c) {
            case SERVICE_OFFER -> "offre";
            case STAFF -> "personnel";
            case FUNDING -> "financement";
        };
    }

    static String code(FundingSource s) {
        return switch (s) {
            case CAF_ACTION_SOCIALE -> "caf_action_sociale";
            case BONUS_TERRITOIRE -> "bonus_territoire";
            case CC_BUDGET -> "budget_cc";
            case OTHER_FUNDER -> "autre";
        };
    }

    private static MeansCategory category(String raw) {
        String v = MeansChecker.fold(raw);
        for (MeansCategory c : MeansCategory.values()) {
            if (code(c).equals(v) || c.name().equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw new BusinessRuleException("means.csv.category", raw);
    }

    private static FundingSource source(String raw) {
        String v = MeansChecker.fold(raw);
        for (FundingSource s : FundingSource.values()) {
            if (code(s).equals(v) || s.name().equalsIgnoreCase(v)) {
                return s;
            }
        }
        throw new BusinessRuleException("means.csv.source", raw);
    }

    private static Checked rejected(String key, Object... args) {
        return new Checked(new MeansImportPreview(List.of(), key, List.of(args)), List.of());
    }
}
