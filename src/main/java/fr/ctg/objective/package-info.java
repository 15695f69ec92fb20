/**
 * The convention's objectives: live co-editing without lost updates, history and comparison of versions, comments and mentions.
 */
@ApplicationModule(displayName = "Objectives")
@NullMarked
package fr.ctg.objective;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
