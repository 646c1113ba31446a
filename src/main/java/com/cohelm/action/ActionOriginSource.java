package com.cohelm.action;

/**
 * A feature whose things create action items (a milestone, a feedback item, a review) answers whether one
 * of its things is in a program. The plan asks before it stores an item's origin, so that an origin id
 * never points into another program (issue 28 §5). The plan has already checked that the caller sees the
 * program; everything these features keep in a program is seen by every reader of that program.
 */
public interface ActionOriginSource {

    ActionOrigin origin();

    /** Whether {@code originId} is one of this feature's things in the program. Checks no access and records nothing. */
    boolean isInProgram(long programId, long originId);
}
