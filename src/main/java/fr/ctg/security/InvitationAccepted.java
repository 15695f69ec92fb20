package fr.ctg.security;

/**
 * An invitation was accepted by this account, in the transaction that grants what it carried (a feature that
 * invited, e.g. for a partner organisation, ties the account in the same transaction or refuses).
 */
public record InvitationAccepted(long invitationId, InvitationKind kind, long accountId, Long conventionId,
                                 Long cafId, String email) {
}
