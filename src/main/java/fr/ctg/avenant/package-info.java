/**
 * The convention's whole text over time (Articles 9 and 11): its consolidated version at any date and as signed,
 * avenants drafted from the history of every modification since the last signature, approved, output as DOCX and
 * PDF, signed and then the new baseline.
 */
@ApplicationModule(displayName = "Avenants and consolidated versions")
@NullMarked
package fr.ctg.avenant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
