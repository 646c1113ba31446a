package com.cohelm.base;

/**
 * Input that breaks a domain rule. Carries the field it belongs to, a translation key and the values the
 * message names (such as the first and last day allowed), so a form can show the message at the right
 * field; nothing has been changed when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] args;

    public InvalidInputException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values for the message's {0}, {1}…: dates, numbers; empty for most messages. */
    public Object[] args() {
        return args.clone();
    }
}
