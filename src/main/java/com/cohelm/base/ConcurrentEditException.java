package com.cohelm.base;

/**
 * Someone else saved the same thing since the user opened it. Carries the version now stored, so the
 * user sees both their own change and the other one, and decides.
 */
public class ConcurrentEditException extends RuntimeException {

    private final transient Object current;

    public ConcurrentEditException(Object current) {
        super("Changed by someone else since it was opened");
        this.current = current;
    }

    @SuppressWarnings("unchecked")
    public <T> T current() {
        return (T) current;
    }
}
