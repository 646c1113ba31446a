package com.cohelm.goal;

/**
 * What the reader may do with a goal.
 *
 * @param edit           change the goal and confirm its status: program leads, supplier admins, owners
 * @param measure        add measurements: every program member but viewers
 * @param internalNotes  read and add supplier-internal notes: supplier staff only
 */
public record GoalPermissions(boolean edit, boolean measure, boolean internalNotes) {
}
