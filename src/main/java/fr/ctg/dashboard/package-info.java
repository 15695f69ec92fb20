/**
 * The start page of a convention: its duration and notice, what is due or late, one's actions, the parties. It reads other features' services and owns nothing.
 */
@ApplicationModule(displayName = "Dashboard")
@NullMarked
package fr.ctg.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
