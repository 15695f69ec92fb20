/**
 * Who is on which page and which field they are editing, and the push of changes to the other open pages (one node in memory).
 */
@ApplicationModule(displayName = "Live co-editing")
@NullMarked
package fr.ctg.collaboration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
