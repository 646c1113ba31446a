package com.cohelm.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the addressed side's response stands. It moves forward only: OPEN, ACKNOWLEDGED, ACTION_PLANNED,
 * then RESOLVED (with what was learned) or DECLINED (with a reason); a resolved or declined item stays so.
 */
public enum FeedbackStatus {
    OPEN,
    ACKNOWLEDGED,
    ACTION_PLANNED,
    RESOLVED,
    DECLINED;

    public boolean isFinal() {
        return this == RESOLVED || this == DECLINED;
    }

    /** The statuses a response may set from this one. */
    public Set<FeedbackStatus> next() {
        if (isFinal()) {
            return EnumSet.noneOf(FeedbackStatus.class);
        }
        var next = EnumSet.range(this, RESOLVED);
        next.remove(this);
        next.remove(OPEN);
        next.add(DECLINED);
        return next;
    }
}
