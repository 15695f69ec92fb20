/**
 * The convention itself: its parties and signatories, terms and dates, articles and annexes, fields and thematic groups, and the convention a page shows (CurrentConvention, shared with every feature's pages).
 */
@ApplicationModule(displayName = "Conventions")
@NullMarked
package fr.ctg.convention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
