/**
 * Committees and their members, meetings (scheduling, convocations, agenda, attendance), deadlines derived by the convention's rules, evaluation milestones, reminders and the iCal feed.
 */
@ApplicationModule(displayName = "Governance and calendar")
@NullMarked
package fr.ctg.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
