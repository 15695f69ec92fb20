/**
 * Comptes rendus of held meetings: sections, attendance, decisions, actions, circulation and remarks, approval, publication and the PDF.
 */
@ApplicationModule(displayName = "Minutes")
@NullMarked
package fr.ctg.minutes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
