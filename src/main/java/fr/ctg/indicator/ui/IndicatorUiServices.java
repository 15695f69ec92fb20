package fr.ctg.indicator.ui;

import fr.ctg.convention.ConventionService;
import fr.ctg.indicator.IndicatorCatalogue;
import fr.ctg.indicator.IndicatorCsv;
import fr.ctg.indicator.IndicatorDashboard;
import fr.ctg.indicator.IndicatorValues;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The services the indicator pages use, gathered so that each part stays small. */
@Component
record IndicatorUiServices(IndicatorCatalogue catalogue, IndicatorValues values, IndicatorDashboard dashboard,
                           IndicatorCsv csv, ConventionService conventions, ObjectiveService objectives,
                           AccountService accounts, Clock clock) {
}
