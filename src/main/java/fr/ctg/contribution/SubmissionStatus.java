package fr.ctg.contribution;

/** Where an organisation's answer to a call stands. */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, WITHDRAWN;

    public String labelKey() {
        return "contribution.status." + name();
    }
}
