package com.cohelm.base;

/**
 * Input that breaks a domain rule. Carries the field it belongs to and a translation key, so a form
 * can show the message at the right field; nothing has been changed when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
