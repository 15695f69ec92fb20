package fr.ctg.objective;

import fr.ctg.base.BusinessRuleException;

/** A draft refused because of one field, so that the form can mark that field. */
public class ObjectiveValidationException extends BusinessRuleException {

    private final ObjectiveField field;

    public ObjectiveValidationException(ObjectiveField field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public ObjectiveField getField() {
        return field;
    }
}
