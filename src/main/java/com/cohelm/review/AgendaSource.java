package com.cohelm.review;

import java.time.Instant;
import java.util.List;

/**
 * Contributes agenda items to a review from one feature: what changed in a program since the last
 * review. Every Spring bean implementing it is asked, in {@link org.springframework.core.annotation.Order}
 * order, when a review is scheduled and whenever a lead updates its agenda; the items of each source keep
 * that order on the agenda. Goals, the schedule, the action plan and feedback contribute today.
 *
 * <p>Adding a source is a few lines: a {@code @Component @Order(n)} class that calls its feature's public
 * service and maps each change to an {@link AgendaProposal} with a kind of its own (add the kind's label
 * as {@code review.kind.<KIND>} to both translation files); {@link FeedbackAgendaSource} is a short example.
 *
 * <p>Rules for a source:
 * <ul>
 * <li>It runs as the signed-in person who builds the agenda and must go through its feature's
 * access-checked service (an invisible program answers as not found).</li>
 * <li>The agenda is read by both sides: return only what both sides may see, never supplier-internal
 * notes or ratings.</li>
 * <li>Return at most one proposal per thing (kind, ref type, ref id, side): refreshing an agenda adds only
 * proposals whose key is not on it yet.</li>
 * </ul>
 */
public interface AgendaSource {

    /** What changed in the program since the instant, oldest first; empty when nothing did. */
    List<AgendaProposal> proposals(long programId, Instant since);
}
