package fr.ctg.governance;

import fr.ctg.security.Committee;

/** A committee of a convention. */
public record CommitteeView(long id, Committee kind, String name, SecretariatParty secretariat) {
}
