package com.cohelm.review;

import com.cohelm.action.ActionService;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.goal.GoalDetails;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.GoalStatus;
import com.cohelm.goal.GoalSummary;
import com.cohelm.goal.StatusSuggester;
import com.cohelm.goal.StatusSuggestion;
import com.cohelm.schedule.MilestoneDetails;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.security.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Reads the data next to each agenda item now, through each feature's access-checked service as the signed-in
 * person: for an open review's page and presentation, and for the snapshot taken at closing. Nothing
 * supplier-internal is read: both sides read a review.
 *
 * <p>{@code asOf} cuts the data at a past instant: measurements dated after its day, status confirmations and date
 * changes made after it are left out, and a milestone's dates are taken back to what they were then. Null reads
 * the data as they are now (a review's page; the snapshot at closing); the demo data cuts at the closing of a
 * review it dates back.
 */
@Component
class ReviewFactsReader {

    static final int HISTORY_SHOWN = 5;
    static final int OVERDUE_SHOWN = 50;

    private final GoalService goals;
    private final ScheduleQueries schedule;
    private final ActionService actions;
    private final FeedbackService feedback;

    ReviewFactsReader(GoalService goals, ScheduleQueries schedule, ActionService actions, FeedbackService feedback) {
        this.goals = goals;
        this.schedule = schedule;
        this.actions = actions;
        this.feedback = feedback;
    }

    ItemFacts item(long programId, AgendaItemView item, Instant asOf) {
        try {
            return switch (item.refType() == null ? "" : item.refType()) {
                case "goal" -> found(goals.goal(programId, item.refId()).map(g -> goal(g, asOf)),
                        goal -> new ItemFacts(null, goal, null, null, null, null, false, List.of()));
                case "milestone" -> found(schedule.milestone(programId, item.refId()).map(m -> milestone(m, asOf)),
                        milestone -> new ItemFacts(null, null, milestone, null, null, null, false, List.of()));
                case "proposal" -> found(proposal(programId, item.refId()),
                        proposal -> new ItemFacts(null, null, null, proposal, null, null, false, List.of()));
                case "side" -> new ItemFacts(null, null, null, null, overdue(programId, item.side()), null, false,
                        List.of());
                case "feedback" -> found(feedback.item(programId, item.refId())
                                .map(f -> new ItemFacts.Feedback(f.id(), f.status().name())),
                        f -> new ItemFacts(null, null, null, null, null, f, false, List.of()));
                default -> ItemFacts.none();
            };
        } catch (ResourceNotFoundException e) {
            return ItemFacts.missing();
        }
    }

    private static <T> ItemFacts found(Optional<T> part, java.util.function.Function<T, ItemFacts> facts) {
        return part.map(facts).orElseGet(ItemFacts::missing);
    }

    /** Every goal of the program as the summary lists it. */
    List<GoalRow> goals(long programId, Instant asOf) {
        return goals.goals(programId).goals().stream().map(goal -> row(programId, goal, asOf)).toList();
    }

    private GoalRow row(long programId, GoalSummary goal, Instant asOf) {
        var kpi = goal.kpi();
        if (asOf != null) {
            // cut at a past instant: the summary knows only today's latest point and status, the goal all of them
            var facts = goals.goal(programId, goal.id()).map(g -> goal(g, asOf)).orElseThrow();
            var latest = facts.latest();
            return new GoalRow(goal.id(), goal.title(), facts.status(), latest.map(ItemFacts.Point::value).orElse(null),
                    latest.map(ItemFacts.Point::date).orElse(null), kpi.unit(), kpi.target(), kpi.targetDate(), List.of());
        }
        return new GoalRow(goal.id(), goal.title(), goal.status(), goal.latest().map(p -> p.value()).orElse(null),
                goal.latest().map(p -> p.date()).orElse(null), kpi.unit(), kpi.target(), kpi.targetDate(), List.of());
    }

    ItemFacts.Goal goal(GoalDetails details, Instant asOf) {
        var summary = details.summary();
        var kpi = summary.kpi();
        var day = asOf == null ? null : LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        // the details list the newest first; a day's measurements in the order they were entered once reversed
        var points = details.measurements().reversed().stream()
                .filter(m -> day == null || !m.date().isAfter(day))
                .sorted(Comparator.comparing(com.cohelm.goal.MeasurementView::date))
                .map(m -> new ItemFacts.Point(m.date(), m.value())).toList();
        var history = details.statusHistory().stream()
                .filter(h -> asOf == null || !h.changedAt().isAfter(asOf)).toList();
        Optional<StatusSuggestion> suggestion = asOf == null ? summary.suggestion()
                : StatusSuggester.suggest(kpi, points.stream()
                        .map(p -> new com.cohelm.goal.MeasurementPoint(p.date(), p.value())).toList(), day);
        // cut at a past instant before anyone confirmed a status: what the measurements then suggested
        GoalStatus status = asOf == null ? summary.status() : !history.isEmpty() ? history.getFirst().status()
                : suggestion.map(StatusSuggestion::status).orElse(summary.status());
        return new ItemFacts.Goal(summary.id(), summary.title(), kpi.metric(), kpi.unit(), kpi.baseline(), kpi.target(),
                kpi.direction(), kpi.targetDate(), points, status, suggestion.map(StatusSuggestion::status).orElse(null),
                suggestion.map(StatusSuggestion::projectedValue).orElse(null),
                history.stream().limit(HISTORY_SHOWN).map(h -> new ItemFacts.StatusChange(h.changedBy(), h.status(),
                        h.reason(), h.changedAt())).toList());
    }

    /** The milestone's dates as they were at {@code asOf}: changes made after it are undone, newest first. */
    static ItemFacts.Milestone milestone(MilestoneDetails details, Instant asOf) {
        var row = details.row();
        var baseline = row.baselineDate();
        var planned = row.plannedDate();
        var done = row.doneDate();
        var kept = new ArrayList<ItemFacts.DateChange>();
        for (var change : details.history()) { // newest first
            if (asOf != null && change.changedAt().isAfter(asOf)) {
                switch (change.field()) {
                    case PLANNED -> planned = change.fromDate();
                    case BASELINE -> baseline = change.fromDate();
                    case DONE -> done = null;
                    case REOPENED -> done = change.fromDate();
                    case CREATED -> { }
                }
                continue;
            }
            kept.add(new ItemFacts.DateChange(change.field().name(), change.fromDate(), change.toDate(),
                    change.changedBy(), change.changedAt(), change.explanation()));
        }
        var slip = details.slips().stream().filter(s -> asOf == null || !s.reportedAt().isAfter(asOf)).findFirst()
                .map(s -> new ItemFacts.Slip(s.cause().name(), s.state().name(), s.recoveryPlan())).orElse(null);
        return new ItemFacts.Milestone(row.id(), row.title(), baseline, planned, done,
                kept.stream().limit(HISTORY_SHOWN).toList(), slip);
    }

    private Optional<ItemFacts.Proposal> proposal(long programId, long proposalId) {
        var overview = schedule.overview(programId);
        return Stream.concat(overview.pendingProposal().stream(), overview.decidedProposals().stream())
                .filter(p -> p.id() == proposalId).findFirst()
                .map(p -> new ItemFacts.Proposal(p.state().name(), p.proposedBy(), p.reason(), p.decidedBy(),
                        p.decisionReason(), p.items().stream().map(i -> new ItemFacts.ProposalItem(i.title(),
                                i.currentBaseline(), i.proposedBaseline())).toList()));
    }

    List<ItemFacts.Overdue> overdue(long programId, Side side) {
        return actions.overdue(programId, OVERDUE_SHOWN).stream().filter(a -> a.waitingOn() == side)
                .map(a -> new ItemFacts.Overdue(a.title(), a.assignee().displayName(), a.dueDate())).toList();
    }
}
