/**
 * Partner organisations, their contacts' invitations, calls for contributions, the contributors' drafts and submissions, and the referents' review, CSV and PDF of the answers.
 */
@ApplicationModule(displayName = "Partners' contributions")
@NullMarked
package fr.ctg.contribution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
