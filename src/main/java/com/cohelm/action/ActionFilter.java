package com.cohelm.action;

import com.cohelm.security.Side;

/** The action plan's filters; null means any. */
public record ActionFilter(ActionStatus status, Side side, Long assigneeId) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null);
    }
}
