/**
 * Annexe 2, the shared diagnostic: per theme (thematic group) the four angles — characteristics of the territory,
 * existing offer, gap between need and offer, priority development axes — and a score that draws the "étoile"; the
 * territory portrait as its first angle; a working draft and every published version kept, frozen.
 */
@ApplicationModule(displayName = "Shared diagnostic (Annexe 2)")
@NullMarked
package fr.ctg.diagnostic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
