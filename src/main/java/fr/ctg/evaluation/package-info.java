/**
 * Annexe 4's evaluative questions: each question's text, track and groups, its criteria and sources, the answer
 * written together (merge, history), its status and validation, and the indicators and contribution questions
 * attached to it.
 */
@ApplicationModule(displayName = "Evaluative questions")
@NullMarked
package fr.ctg.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
