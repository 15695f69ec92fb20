package fr.ctg.security;

/**
 * A person was erased (loi 78-17): in this transaction, every feature replaces the names it keeps of them
 * ({@code formerUsername}, {@code formerDisplayName}) by {@code pseudonym} ("Personne supprimée n°N") and deletes
 * what only concerned them; legal records (signed minutes' PDF, deliberations) are kept as they are.
 */
public record PersonErased(long accountId, String formerUsername, String formerDisplayName, String pseudonym) {
}
