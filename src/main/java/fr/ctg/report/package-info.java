/**
 * The reports people read (Article 9, Annexe 4): the annual follow-up report and the final evaluation report of a
 * convention for a chosen period, built off the request thread from the other features' public services, as an
 * editable DOCX and a PDF/A-2b with charts drawn on the server; published to Documents with their SHA-256.
 */
@ApplicationModule(displayName = "Reports")
@NullMarked
package fr.ctg.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
