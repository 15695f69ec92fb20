package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;

/**
 * Someone else recorded (or removed) this value since the person loaded it: nothing is overwritten; the value as it
 * stands now is given, to show, and a save from it replaces it deliberately.
 */
public class ValueChangedMeanwhile extends BusinessRuleException {

    private final transient ValueRow now;

    public ValueChangedMeanwhile(ValueRow now) {
        super(now == null ? "indicator.error.removedMeanwhile" : "indicator.error.changedMeanwhile",
                now == null ? new Object[0] : new Object[] {now.updatedBy(),
                        now.value().stripTrailingZeros().toPlainString().replace('.', ',')});
        this.now = now;
    }

    /** The value as it stands now (null if it was removed). */
    public ValueRow now() {
        return now;
    }
}
