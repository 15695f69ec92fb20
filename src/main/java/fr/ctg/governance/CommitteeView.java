package fr.ctg.governance;

import fr.ctg.security.Committee;

/** A committee of a convention; {@code chairAccountId} is who chairs it (and approves its minutes), if set. */
public record CommitteeView(long id, Committee kind, String name, SecretariatParty secretariat, Long chairAccountId) {
}
