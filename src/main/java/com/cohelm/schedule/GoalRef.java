package com.cohelm.schedule;

/** A joint goal a milestone moves forward. */
public record GoalRef(long id, String title) {
}
