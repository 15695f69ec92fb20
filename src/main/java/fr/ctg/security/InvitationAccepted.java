package fr.ctg.security;

/**
 * An invitation was accepted by this account, in the transaction that grants what it carried (a feature that
 * invited, e.g. for a partner organisation, ties the account in the same transaction or refuses). Whoever invited
 * ({@code invitedByAccountId}, null for the platform) is told after commit; {@code target} names the convention or Caf.
 */
public record InvitationAccepted(long invitationId, InvitationKind kind, long accountId, Long conventionId,
                                 Long cafId, String email, String displayName, Long invitedByAccountId,
                                 String target) {
}
