/**
 * Annexe 1: the means each partner mobilises per field of intervention and year (service offer, staff, funding),
 * linked to the objectives they serve, with totals, a chart and CSV import/export; every version kept.
 */
@ApplicationModule(displayName = "Means (Annexe 1)")
@NullMarked
package fr.ctg.means;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
