package com.cohelm.base;

/**
 * Thrown for an id that does not exist <em>or</em> that the current user may not see: callers cannot
 * tell the two apart, so nobody learns what exists in another tenant.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
