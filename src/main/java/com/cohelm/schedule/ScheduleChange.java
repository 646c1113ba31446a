package com.cohelm.schedule;

import com.cohelm.security.Side;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A change to the schedule both sides may read, for a review's agenda: a reported slip of a milestone,
 * or a re-baseline proposal (still pending, or made since).
 *
 * @param id          the slip's or the proposal's id
 * @param milestoneId the slipped milestone; null for a proposal
 * @param title       the milestone's title, or null for a proposal
 * @param fromDate    a slip's planned date before it; null for a proposal
 * @param toDate      a slip's new planned date; null for a proposal
 * @param text        a slip's explanation, or the proposal's reason
 * @param side        the side that reported the slip, or that proposed
 * @param state       the slip's or the proposal's state name (OPEN, CONTESTED, PENDING, ACCEPTED, …)
 */
public record ScheduleChange(Kind kind, long id, Long milestoneId, String title, LocalDate fromDate, LocalDate toDate,
        SlipCause cause, String text, Side side, String state, Instant at) {

    public enum Kind {
        SLIP,
        REBASELINE
    }
}
