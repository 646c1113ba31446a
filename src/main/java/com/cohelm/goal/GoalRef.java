package com.cohelm.goal;

/** A joint goal named in passing: a milestone it serves, a choice in a form. */
public record GoalRef(long id, String title) {
}
