package fr.ctg.governance;

import fr.ctg.security.Committee;

/** A committee as the convention's administrators set it up: {@code id} null for a standing committee to create. */
public record CommitteeSetup(Long id, Committee kind, String name, SecretariatParty secretariat) {
}
