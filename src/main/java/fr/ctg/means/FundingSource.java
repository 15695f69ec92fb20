package fr.ctg.means;

/** Where the money of a funding line comes from. */
public enum FundingSource {
    CAF_ACTION_SOCIALE, BONUS_TERRITOIRE, CC_BUDGET, OTHER_FUNDER;

    public String labelKey() {
        return "means.source." + name();
    }
}
