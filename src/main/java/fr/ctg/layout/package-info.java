/**
 * The frame of the logged-in pages: header, side navigation by role, user menu, and the re-check of the shown convention before every navigation.
 */
@ApplicationModule(displayName = "Page frame")
@NullMarked
package fr.ctg.layout;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
