/**
 * The action plan: the objectives at the lowest level are its fiches action — target public, territory (communes),
 * partners, schedule, budget with funders and amounts, linked indicators — each printable on one page, and
 * published to the associations (read-only) when the convention decides.
 */
@ApplicationModule(displayName = "Action plan (fiches action)")
@NullMarked
package fr.ctg.actionplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
