package fr.ctg.governance;

/**
 * The quorum of a meeting: {@code needed} of the committee's {@code permanentMembers} (none when the committee sets
 * no quorum: {@code needed} is 0), {@code expected} those answering present, remote or represented.
 */
public record QuorumSummary(int permanentMembers, int needed, int expected, boolean required) {

    public boolean reached() {
        return !required || expected >= needed;
    }
}
