package fr.ctg.indicator;

import fr.ctg.base.BusinessRuleException;

/** A value far from its series is accepted only with a reason; this says so (and why it is far). */
public class OutlierReasonRequired extends BusinessRuleException {

    public OutlierReasonRequired(String detailKey, Object... arguments) {
        super(detailKey, arguments);
    }
}
