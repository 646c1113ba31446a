package com.cohelm.review;

import com.cohelm.goal.GoalStatus;
import com.cohelm.goal.Kpi;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementPoint;
import com.cohelm.goal.StatusSuggestion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The data a review shows next to an agenda item: the goal's chart and status history, the milestone's dates, the
 * re-baseline proposal, a side's overdue actions, the feedback item's status. At most one of the parts is set,
 * after the item's kind; none for a custom item or a revealed pulse (whose page is linked).
 *
 * <p>While a review is open these are read now, through each feature's service as the reader. Once it is closed
 * they come from its snapshot, taken when the second side signed off ({@code asOf}), and {@code sinceClosing}
 * says what differs today.
 *
 * @param asOf         when these facts were true: the closing of a closed review; null for facts read now
 * @param gone         what the item is about is no longer there (or no longer visible to the reader)
 * @param sinceClosing what changed since the review closed, in each reader's language; empty when nothing did
 */
public record ItemFacts(Instant asOf, Goal goal, Milestone milestone, Proposal proposal, List<Overdue> overdue,
        Feedback feedback, boolean gone, List<AgendaLine> sinceClosing) {

    public ItemFacts {
        overdue = overdue == null ? null : List.copyOf(overdue);
        sinceClosing = sinceClosing == null ? List.of() : List.copyOf(sinceClosing);
    }

    static ItemFacts none() {
        return new ItemFacts(null, null, null, null, null, null, false, List.of());
    }

    static ItemFacts missing() {
        return new ItemFacts(null, null, null, null, null, null, true, List.of());
    }

    ItemFacts recordedAt(Instant asOf, List<AgendaLine> sinceClosing) {
        return new ItemFacts(asOf, goal, milestone, proposal, overdue, feedback, gone, sinceClosing);
    }

    /** A goal as its chart and status history show it. */
    public record Goal(long id, String title, String metric, String unit, BigDecimal baseline, BigDecimal target,
            KpiDirection direction, LocalDate targetDate, List<Point> measurements, GoalStatus status,
            GoalStatus suggestedStatus, BigDecimal projected, List<StatusChange> history) {

        public Kpi kpi() {
            return new Kpi(metric, unit, baseline, target, direction, targetDate);
        }

        /** Oldest first; on one day in the order they were entered. */
        public List<MeasurementPoint> points() {
            return measurements.stream().map(p -> new MeasurementPoint(p.date(), p.value())).toList();
        }

        public Optional<StatusSuggestion> suggestion() {
            return suggestedStatus == null ? Optional.empty()
                    : Optional.of(new StatusSuggestion(suggestedStatus, projected));
        }

        public Optional<Point> latest() {
            return measurements.isEmpty() ? Optional.empty() : Optional.of(measurements.getLast());
        }
    }

    public record Point(LocalDate date, BigDecimal value) {
    }

    public record StatusChange(String changedBy, GoalStatus status, String reason, Instant changedAt) {
    }

    /** A milestone's dates and the latest of its history; {@code slip} is its latest slip, if any. */
    public record Milestone(long id, String title, LocalDate baselineDate, LocalDate plannedDate, LocalDate doneDate,
            List<DateChange> history, Slip slip) {
    }

    /** @param field the name of a {@code schedule.DateChangeField} */
    public record DateChange(String field, LocalDate fromDate, LocalDate toDate, String changedBy, Instant changedAt,
            String explanation) {
    }

    /** @param cause a {@code schedule.SlipCause} name; @param state a {@code schedule.SlipState} name */
    public record Slip(String cause, String state, String recoveryPlan) {
    }

    /** @param state a {@code schedule.ProposalState} name */
    public record Proposal(String state, String proposedBy, String reason, String decidedBy, String decisionReason,
            List<ProposalItem> items) {
    }

    public record ProposalItem(String title, LocalDate currentBaseline, LocalDate proposedBaseline) {
    }

    public record Overdue(String title, String assigneeName, LocalDate dueDate) {
    }

    /** @param status a {@code feedback.FeedbackStatus} name */
    public record Feedback(long id, String status) {
    }
}
