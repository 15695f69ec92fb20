package fr.ctg.indicator.ui;

import fr.ctg.convention.ConventionService;
import fr.ctg.discussion.ui.DiscussionPanels;
import fr.ctg.indicator.IndicatorCatalogueService;
import fr.ctg.indicator.IndicatorCsvService;
import fr.ctg.indicator.IndicatorDashboardService;
import fr.ctg.indicator.IndicatorValuesService;
import fr.ctg.indicator.IndicatorXlsxService;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The services the indicator pages use, gathered so that each part stays small. */
@Component
record IndicatorUiServices(IndicatorCatalogueService catalogue, IndicatorValuesService values, IndicatorDashboardService dashboard,
                           IndicatorCsvService csv, IndicatorXlsxService xlsx, ConventionService conventions, ObjectiveService objectives,
                           AccountService accounts, Clock clock, DiscussionPanels discussions) {
}
