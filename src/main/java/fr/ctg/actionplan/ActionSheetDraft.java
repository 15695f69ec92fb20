package fr.ctg.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** What a fiche action holds beyond its objective: target public, territory, partners, schedule, budget, indicators. */
public record ActionSheetDraft(String targetPublic, String territory, String partners, String schedule,
                               List<BudgetLine> budget, Set<Long> indicatorIds) {

    public ActionSheetDraft {
        budget = budget == null ? List.of() : List.copyOf(budget);
        indicatorIds = indicatorIds == null ? Set.of() : Set.copyOf(indicatorIds);
    }

    /** One funder and the amount it brings (€). */
    public record BudgetLine(String funder, BigDecimal amount) {
    }

    public static ActionSheetDraft empty() {
        return new ActionSheetDraft(null, null, null, null, List.of(), Set.of());
    }
}
