/**
 * Article 10, the convention's duration and its end: its course (draft, signed, in force, ended), termination by one
 * party (the registered letter, the effective date after the notice, the commitments still running) and renewal (the
 * next convention made from this one, objectives carried over, members invited, the two linked).
 */
@ApplicationModule(displayName = "Duration, termination, renewal (Article 10)")
@NullMarked
package fr.ctg.lifecycle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
