package fr.ctg.security;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person was erased (loi 78-17): in this transaction, every feature replaces the names it keeps of them
 * ({@code formerUsername}, {@code formerDisplayName}) by {@code pseudonym} ("Personne supprimée n°N") and deletes
 * what only concerned them; legal records (signed minutes' PDF, deliberations) are kept as they are.
 */
public record PersonErased(long accountId, String formerUsername, String formerDisplayName, String pseudonym,
                           Set<Long> conventionIds) {

    /**
     * {@code conventionIds}: the conventions the person could act in (memberships, Cafs administered), taken before
     * their memberships went. A name typed as text is replaced there only: a namesake elsewhere keeps theirs.
     */
    public PersonErased {
        conventionIds = Set.copyOf(conventionIds);
    }

    /** The conventions as an SQL list ({@code -1} when none, so that {@code IN (...)} matches nothing). */
    public String conventionIdList() {
        return conventionIds.isEmpty() ? "-1" : conventionIds.stream().map(String::valueOf)
                .collect(Collectors.joining(","));
    }
}
