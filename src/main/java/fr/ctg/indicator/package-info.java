/**
 * The indicator catalogue, values by period with their checks and validation, dashboards, the radar of the themes, and CSV export and import.
 */
@ApplicationModule(displayName = "Indicators")
@NullMarked
package fr.ctg.indicator;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
