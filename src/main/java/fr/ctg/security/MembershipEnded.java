package fr.ctg.security;

/**
 * A person's membership of a convention ended (revoked), or the account was disabled ({@code conventionId} null):
 * pages they have open in that convention stop at their next action.
 */
public record MembershipEnded(long accountId, Long conventionId) {

    public static String topic(long accountId) {
        return "account:" + accountId;
    }
}
