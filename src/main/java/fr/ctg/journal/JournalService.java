package fr.ctg.journal;

import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.journal.internal.JournalEntry;
import fr.ctg.journal.internal.JournalEntryRepository;
import fr.ctg.security.AccountService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.ConventionDirectory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit journal for those who administer: a convention's administrators read its lines, a Caf's administrators
 * those of its conventions and of the Caf, the platform administrator everything. Filters, pages, CSV export (the
 * export is journaled too).
 */
@Service
@Transactional(readOnly = true)
public class JournalService {

    static final int MAX_EXPORT = 100_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JournalEntryRepository entries;
    private final ConventionAccessService access;
    private final ConventionDirectory directory;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final JournalRetention retention;

    JournalService(JournalEntryRepository entries, ConventionAccessService access, ConventionDirectory directory,
                   AccountService accounts, ApplicationEventPublisher events, JournalRetention retention) {
        this.retention = retention;
        this.entries = entries;
        this.access = access;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
    }

    public JournalPage search(JournalQuery q, int page, int size) {
        Page<JournalEntry> found = find(q, page, Math.min(Math.max(size, 1), 500));
        return new JournalPage(rows(found.getContent()), found.getTotalElements());
    }

    /** The lines matching the query as CSV (at most {@value #MAX_EXPORT}). */
    @Transactional
    public byte[] exportCsv(JournalQuery q, char separator) {
        List<JournalRow> rows = rows(find(q, 0, MAX_EXPORT).getContent());
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PARIS);
        List<List<String>> lines = new ArrayList<>();
        for (JournalRow r : rows) {
            lines.add(List.of(f.format(r.occurredAt()), r.kind().name(), Objects.toString(r.actor(), ""),
                    Objects.toString(r.convention(), ""), Objects.toString(r.subject(), ""),
                    Objects.toString(r.detail(), ""), Objects.toString(r.clientAddress(), "")));
        }
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT).convention(q.conventionId()).caf(q.cafId())
                .detail("journal " + rows.size()));
        return CsvTable.write(separator, List.of("date", "type", "auteur", "convention", "personne", "detail",
                "adresse"), lines);
    }

    private Page<JournalEntry> find(JournalQuery q, int page, int size) {
        boolean all = false;
        List<Long> conventionIds = new ArrayList<>();
        Long cafScope = null;
        if (q.conventionId() != null) {
            access.requireAdmin(q.conventionId());
            conventionIds.add(q.conventionId());
        } else if (q.cafId() != null) {
            access.requireCafAdmin(q.cafId());
            conventionIds.addAll(directory.conventionIdsOf(q.cafId()));
            cafScope = q.cafId();
        } else {
            access.requirePlatformAdmin();
            all = true;
        }
        if (conventionIds.isEmpty()) {
            conventionIds.add(-1L);
        }
        Instant from = q.from() == null ? null : q.from().atStartOfDay(PARIS).toInstant();
        Instant to = q.to() == null ? null : q.to().plusDays(1).atStartOfDay(PARIS).toInstant();
        return entries.search(all, conventionIds, cafScope, q.conventionId(), q.personId(), q.kind(), from, to,
                PageRequest.of(Math.max(page, 0), size));
    }

    private List<JournalRow> rows(List<JournalEntry> list) {
        Set<Long> people = new HashSet<>();
        Map<Long, String> conventions = new HashMap<>();
        for (JournalEntry e : list) {
            if (e.getActorAccountId() != null) {
                people.add(e.getActorAccountId());
            }
            if (e.getSubjectAccountId() != null) {
                people.add(e.getSubjectAccountId());
            }
            if (e.getConventionId() != null) {
                conventions.computeIfAbsent(e.getConventionId(), id -> directory.conventionTitle(id).orElse("#" + id));
            }
        }
        Map<Long, String> names = accounts.displayNames(people);
        return list.stream().map(e -> new JournalRow(e.getId(), e.getOccurredAt(), e.getKind(),
                e.getActorAccountId() != null ? names.getOrDefault(e.getActorAccountId(), "#" + e.getActorAccountId())
                        : e.getActorLabel(),
                e.getConventionId() == null ? null : conventions.get(e.getConventionId()),
                e.getSubjectAccountId() == null ? null
                        : names.getOrDefault(e.getSubjectAccountId(), "#" + e.getSubjectAccountId()),
                e.getDetail(), e.getClientAddress())).toList();
    }

    /** How many months the journal keeps ({@code ctg.journal.retention-months}). */
    public int retentionMonths() {
        return retention.months();
    }

    /** Journal kinds, for the filter. */
    public List<JournalKind> kinds() {
        return List.of(JournalKind.values());
    }
}
