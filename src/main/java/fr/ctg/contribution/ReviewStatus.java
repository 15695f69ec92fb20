package fr.ctg.contribution;

/** What the referents made of a submission (the contributor sees it, with the short answer). */
public enum ReviewStatus {
    RECEIVED, UNDER_REVIEW, TAKEN_INTO_ACCOUNT, NOT_RETAINED;

    public String labelKey() {
        return "contribution.review." + name();
    }
}
