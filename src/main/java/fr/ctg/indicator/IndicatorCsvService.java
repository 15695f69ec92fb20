package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.csv.Csv;
import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.indicator.internal.Indicator;
import fr.ctg.indicator.internal.IndicatorJournal;
import fr.ctg.indicator.internal.IndicatorRepository;
import fr.ctg.indicator.internal.IndicatorValidationRepository;
import fr.ctg.indicator.internal.IndicatorValue;
import fr.ctg.indicator.internal.IndicatorValueBulkWriter;
import fr.ctg.indicator.internal.IndicatorValueRepository;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV export of any selection of values (RFC 4180, UTF-8 with BOM, ';' for French Excel or ',') and import with a
 * dry run: {@link #preview} reports every row's outcome and writes nothing; {@link #confirm} checks the same file
 * again and writes its valid rows only.
 */
@Service
@Transactional
public class IndicatorCsvService {

    /** Import columns: required ones first. Export-only columns are accepted and ignored on import. */
    static final List<String> REQUIRED = List.of("code", "periode", "valeur", "source");
    static final List<String> OPTIONAL = List.of("precision_source", "commentaire", "motif");
    static final List<String> INFORMATIVE = List.of("indicateur", "groupe", "unite", "calcule");
    static final int MAX_ROWS = 200_000;
    /** The largest file read (the upload stops reading past it). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorValidationRepository validations;
    private final IndicatorValueBulkWriter writer;
    private final IndicatorJournal journal;
    private final IndicatorCatalogueService catalogue;
    private final IndicatorGate gate;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IndicatorCsvService(IndicatorRepository indicators, IndicatorValueRepository values,
                 IndicatorValidationRepository validations, IndicatorValueBulkWriter writer, IndicatorJournal journal,
                 IndicatorCatalogueService catalogue, IndicatorGate gate, Clock clock,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.indicators = indicators;
        this.values = values;
        this.validations = validations;
        this.writer = writer;
        this.journal = journal;
        this.catalogue = catalogue;
        this.gate = gate;
        this.clock = clock;
    }

    /** The values of the chosen indicators (all readable ones when {@code indicatorIds} is null), years included. */
    @Transactional(readOnly = true)
    public byte[] export(long conventionId, Set<Long> indicatorIds, Integer fromYear, Integer toYear, char separator) {
        if (separator != ';' && separator != ',') {
            throw new BusinessRuleException("indicator.csv.separator");
        }
        List<IndicatorSummary> readable = catalogue.catalogue(conventionId);
        List<IndicatorSummary> chosen = readable.stream()
                .filter(i -> indicatorIds == null || indicatorIds.contains(i.id())).toList();
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT)
                .convention(conventionId).detail("indicators " + chosen.size()));
        Map<Long, TreeMap<String, IndicatorValue>> byIndicator = new HashMap<>();
        Set<Long> needed = new HashSet<>();
        chosen.forEach(i -> {
            needed.add(i.id());
            if (i.computed()) {
                needed.add(i.numeratorId());
                needed.add(i.denominatorId());
            }
        });
        for (IndicatorValue v : values.findByIndicatorIdIn(needed)) {
            byIndicator.computeIfAbsent(v.getIndicatorId(), k -> new TreeMap<>()).put(v.getPeriod(), v);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of("code", "indicateur", "groupe", "periode", "valeur", "unite", "source", "precision_source",
                "commentaire", "calcule");
        for (IndicatorSummary i : chosen) {
            TreeMap<String, BigDecimal> series = new TreeMap<>();
            if (i.computed()) {
                series.putAll(ValueRules.ratio(i, plain(byIndicator.get(i.numeratorId())), plain(byIndicator.get(i.denominatorId()))));
            } else {
                series.putAll(plain(byIndicator.get(i.id())));
            }
            for (Map.Entry<String, BigDecimal> e : series.entrySet()) {
                int year = Periodicity.year(e.getKey());
                if ((fromYear != null && year < fromYear) || (toYear != null && year > toYear)) {
                    continue;
                }
                IndicatorValue v = i.computed() ? null : byIndicator.get(i.id()).get(e.getKey());
                String number = e.getValue().stripTrailingZeros().toPlainString();
                rows.add(Arrays.asList(i.code(), i.name(), i.groupName(), e.getKey(),
                        separator == ';' ? number.replace('.', ',') : number, i.unit(),
                        v == null ? "" : v.getSource().name(), v == null ? "" : v.getSourceDetail(),
                        v == null ? "" : v.getComment(), i.computed() ? "oui" : "non"));
            }
        }
        return CsvTable.write(separator, header, rows);
    }

    /** What importing the file would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long conventionId, byte[] file) {
        return check(conventionId, file).preview();
    }

    /** Checks the file again and writes its valid rows (with their history); returns how many were written. */
    public int confirm(long conventionId, byte[] file) {
        Checked checked = check(conventionId, file);
        if (checked.preview().fileRejected()) {
            throw new BusinessRuleException(checked.preview().fileErrorKey(),
                    checked.preview().fileErrorArguments().toArray());
        }
        Instant now = clock.instant();
        String me = gate.me();
        writer.upsert(checked.writes(), me, now);
        journal.append(checked.writes().stream().map(w -> new IndicatorJournal.Change(w.indicatorId(), w.period(),
                checked.previous().get(w.indicatorId() + "/" + w.period()), w.value(), w.source(), w.sourceDetail(),
                w.comment(), me, now)).toList());
        return checked.writes().size();
    }

    private record Checked(ImportPreview preview, List<IndicatorValueBulkWriter.Row> writes,
                           Map<String, BigDecimal> previous) {
    }

    private Checked check(long conventionId, byte[] file) {
        gate.require(conventionId, IndicatorGate.RECORDERS);
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
        char sep = Csv.detectSeparator(text);
        List<Csv.Record> records;
        try {
            records = Csv.parse(text, sep);
        } catch (BusinessRuleException e) {
            return rejected(e.getMessageKey(), e.getArguments());
        }
        if (records.isEmpty()) {
            return rejected("indicator.csv.empty");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return rejected("indicator.csv.tooManyRows", MAX_ROWS);
        }
        List<String> header = records.getFirst().fields().stream().map(h -> fold(h)).toList();
        for (String h : header) {
            if (!REQUIRED.contains(h) && !OPTIONAL.contains(h) && !INFORMATIVE.contains(h)) {
                return rejected("indicator.csv.unknownColumn", h, String.join(", ", REQUIRED) + ", "
                        + String.join(", ", OPTIONAL));
            }
        }
        for (String r : REQUIRED) {
            if (!header.contains(r)) {
                return rejected("indicator.csv.missingColumn", r);
            }
        }
        Map<String, Indicator> byCode = indicators.findByConventionIdOrderByThematicGroupIdAscPositionAsc(conventionId)
                .stream().collect(Collectors.toMap(Indicator::getCode, Function.identity()));
        Map<Long, Map<String, BigDecimal>> series = new HashMap<>();
        for (IndicatorValue v : values.findByIndicatorIdIn(byCode.values().stream().map(Indicator::getId).toList())) {
            series.computeIfAbsent(v.getIndicatorId(), k -> new HashMap<>()).put(v.getPeriod(), v.getValue());
        }
        Set<String> locked = validations.findByThematicGroupIdIn(byCode.values().stream().map(Indicator::getThematicGroupId)
                .collect(Collectors.toSet())).stream().map(v -> v.getThematicGroupId() + "/" + v.getPeriod())
                .collect(Collectors.toSet());
        RowChecker checker = new RowChecker(header, byCode, series, locked);
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<IndicatorValueBulkWriter.Row> writes = new ArrayList<>();
        Map<String, BigDecimal> previous = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Record r : records.subList(1, records.size())) {
            ImportPreview.Row row = checker.check(r, seen);
            rows.add(row);
            if (row.outcome() == ImportPreview.Outcome.NEW || row.outcome() == ImportPreview.Outcome.REPLACES) {
                Indicator i = byCode.get(row.code());
                writes.add(checker.write(i, row, r));
                previous.put(i.getId() + "/" + row.period(), row.previous());
            }
        }
        return new Checked(new ImportPreview(rows, null, List.of()), writes, previous);
    }

    private static Checked rejected(String key, Object... args) {
        return new Checked(new ImportPreview(List.of(), key, List.of(args)), List.of(), Map.of());
    }

    static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static TreeMap<String, BigDecimal> plain(TreeMap<String, IndicatorValue> values) {
        TreeMap<String, BigDecimal> out = new TreeMap<>();
        if (values != null) {
            values.forEach((k, v) -> out.put(k, v.getValue()));
        }
        return out;
    }

}
