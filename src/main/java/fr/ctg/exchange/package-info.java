/**
 * Article 7: the register of data-exchange requests between the parties — what, why, on which legal basis, personal
 * data and their safeguards — the other party's opportunity and feasibility studies, the decision, the exchange's
 * period; listed, filtered, exported, the people concerned told at each step.
 */
@ApplicationModule(displayName = "Data exchanges (Article 7)")
@NullMarked
package fr.ctg.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
