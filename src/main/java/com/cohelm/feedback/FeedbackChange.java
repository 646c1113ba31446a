package com.cohelm.feedback;

import com.cohelm.security.Side;
import java.time.Instant;

/**
 * Something new in a program's feedback since a moment, for a review's agenda.
 *
 * @param kind     "FEEDBACK_ITEM" (a new item; id is the item's) or "PULSE_REVEALED" (id is the pulse's)
 * @param title    the item's title, or the pulse's title (its period, such as 2026-Q4, or its opening day)
 * @param at       when the item was given or the pulse was revealed
 * @param fromSide the side the item comes from; for a pulse the supplier, whose leads open pulses
 */
public record FeedbackChange(String kind, long id, String title, Instant at, Side fromSide) {

    public static final String FEEDBACK_ITEM = "FEEDBACK_ITEM";
    public static final String PULSE_REVEALED = "PULSE_REVEALED";
}
