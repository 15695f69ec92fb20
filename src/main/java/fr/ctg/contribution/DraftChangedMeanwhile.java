package fr.ctg.contribution;

import fr.ctg.base.BusinessRuleException;

/**
 * Another contact of the organisation saved the draft since the person loaded it: nothing is overwritten; the draft
 * as it stands now is given, so that a save from it replaces it deliberately.
 */
public class DraftChangedMeanwhile extends BusinessRuleException {

    private final transient SubmissionDetails now;

    public DraftChangedMeanwhile(SubmissionDetails now) {
        super("contribution.error.changedMeanwhile");
        this.now = now;
    }

    public SubmissionDetails now() {
        return now;
    }
}
