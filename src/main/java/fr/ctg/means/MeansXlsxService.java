package fr.ctg.means;

import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.base.xlsx.XlsxSheet;
import fr.ctg.base.xlsx.XlsxWorkbook;
import fr.ctg.objective.ObjectiveState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annexe 1 as an Excel workbook: the lines (partner, field, year, nature, objectives; the quantity in the column of
 * its nature — service offer with its unit, staff in FTE, funding in € — so that each column adds up), then the
 * totals per partner, field and year of {@link MeansService#totals}. The convention's readers, as for the CSV.
 */
@Service
@Transactional(readOnly = true)
public class MeansXlsxService {

    /** The name people get, like the CSV's {@code annexe-1-moyens.csv}. */
    public static final String FILE_NAME = "annexe-1-moyens.xlsx";
    /** A year, without thousands grouping. */
    static final String YEAR = "0";

    private final MeansService means;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher events;

    MeansXlsxService(MeansService means, TranslationProvider translations, ApplicationEventPublisher events) {
        this.means = means;
        this.translations = translations;
        this.events = events;
    }

    /** Every line of the convention and the totals, with headers in {@code locale}. */
    public byte[] export(long conventionId, Locale locale) {
        List<MeansRow> rows = means.list(conventionId);
        MeansTotals totals = means.totals(conventionId);
        Map<Long, String> titles = means.objectiveChoices(conventionId).stream()
                .collect(Collectors.toMap(ObjectiveState::id, o -> o.draft().title()));
        events.publishEvent(JournalEvent.of(JournalKind.EXPORT).convention(conventionId)
                .detail("means xlsx " + rows.size()));
        XlsxWorkbook book = XlsxWorkbook.create(t(locale, "xlsx.means.title"), locale);
        XlsxSheet lines = book.sheet(t(locale, "xlsx.means.sheet"), List.of(t(locale, "xlsx.means.party"),
                t(locale, "xlsx.means.field"), t(locale, "xlsx.means.year"), t(locale, "xlsx.means.category"),
                t(locale, "xlsx.means.label"), t(locale, "xlsx.means.quantity"), t(locale, "xlsx.means.unit"),
                t(locale, "xlsx.means.fte"), t(locale, "xlsx.means.amount"), t(locale, "xlsx.means.source"),
                t(locale, "xlsx.means.objectives")));
        for (MeansRow r : rows) {
            lines.row().text(r.partyName()).text(r.fieldTitle()).number(r.year(), YEAR)
                    .text(t(locale, r.category().labelKey())).text(r.label());
            switch (r.category()) {
                case SERVICE_OFFER -> lines.number(r.quantity(), quantityFormat(r.quantity())).text(r.unit()).blank().blank();
                case STAFF -> lines.blank().blank().number(r.quantity(), XlsxWorkbook.DECIMAL).blank();
                case FUNDING -> lines.blank().blank().blank().number(r.quantity(), XlsxWorkbook.DECIMAL);
            }
            lines.text(r.source() == null ? null : t(locale, r.source().labelKey()))
                    .text(r.objectiveIds().stream().map(titles::get).filter(Objects::nonNull).sorted()
                            .collect(Collectors.joining(" | ")));
        }
        XlsxSheet sums = book.sheet(t(locale, "xlsx.means.totalsSheet"), List.of(t(locale, "xlsx.means.grouping"),
                t(locale, "xlsx.means.group"), t(locale, "xlsx.means.category"), t(locale, "xlsx.means.unit"),
                t(locale, "xlsx.means.total")));
        totals(sums, t(locale, "means.byPartner"), totals.byPartner(), locale);
        totals(sums, t(locale, "means.byField"), totals.byField(), locale);
        totals(sums, t(locale, "means.byYear"), totals.byYear(), locale);
        return book.toBytes();
    }

    private void totals(XlsxSheet sheet, String grouping, List<MeansTotals.Total> totals, Locale locale) {
        for (MeansTotals.Total total : totals) {
            sheet.row().text(grouping).text(total.group()).text(t(locale, total.category().labelKey())).text(total.unit())
                    .number(total.sum(), total.category() == MeansCategory.SERVICE_OFFER ? quantityFormat(total.sum())
                            : XlsxWorkbook.DECIMAL);
        }
    }

    /** Whole counts (places, sessions) without decimals; a fractional one with two. */
    private static String quantityFormat(BigDecimal quantity) {
        return quantity.stripTrailingZeros().scale() <= 0 ? XlsxWorkbook.INTEGER : XlsxWorkbook.DECIMAL;
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }
}
