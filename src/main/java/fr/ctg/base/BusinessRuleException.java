package fr.ctg.base;

import java.util.Arrays;

/**
 * A request the service refuses because of the portal's rules (bad input, a state that does not
 * allow it). Carries an i18n message key and its arguments so that the UI shows a translated,
 * clear message; nothing has been written when it is thrown.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
