package fr.ctg.governance;

import fr.ctg.security.Committee;

/**
 * An Annexe 3 deadline rule: a {@code kind} of deadline falls {@code months} months and {@code days} days before each
 * meeting of the {@code trigger} committee; {@code id} null for a new rule.
 */
public record RuleSetup(Long id, Committee trigger, DeadlineKind kind, int months, int days) {
}
