package com.cohelm.action;

import com.cohelm.security.Side;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The timestamps of one item that the responsiveness figures need.
 *
 * @param side       the side that had to respond: the assignee's
 * @param answeredAt when a question was answered; null for an action or an open question
 * @param closedAt   when the item was closed; null while open
 */
public record ResponseSample(Side side, boolean question, Instant createdAt, LocalDate dueDate, Instant answeredAt,
        Instant closedAt) {
}
