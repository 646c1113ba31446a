package com.cohelm.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What differs between a closed review's record and the data today, as lines each reader reads in their
 * language ("Since closing: latest 96.2 % on Dec 7, 2026"). Only what the record shows is compared: a goal's
 * latest measurement and status, a milestone's dates, a proposal's and a feedback item's state.
 */
final class SinceClosing {

    private SinceClosing() {
    }

    static List<AgendaLine> lines(ItemFacts recorded, ItemFacts now) {
        var lines = new ArrayList<AgendaLine>();
        if (recorded.gone()) {
            return lines;
        }
        if (now.gone()) {
            lines.add(AgendaLine.of("review.since.gone"));
            return lines;
        }
        if (recorded.goal() != null && now.goal() != null) {
            var then = recorded.goal();
            var today = now.goal();
            latest(lines, then.latest().orElse(null), today.latest().orElse(null), today.unit());
            if (then.status() != today.status()) {
                lines.add(AgendaLine.of("review.since.goal-status", AgendaLine.Arg.key("goal.status." + today.status())));
            }
        }
        if (recorded.milestone() != null && now.milestone() != null) {
            var then = recorded.milestone();
            var today = now.milestone();
            if (!Objects.equals(then.plannedDate(), today.plannedDate())) {
                lines.add(AgendaLine.of("review.since.milestone-planned", AgendaLine.Arg.date(today.plannedDate())));
            }
            if (!Objects.equals(then.baselineDate(), today.baselineDate())) {
                lines.add(AgendaLine.of("review.since.milestone-baseline", AgendaLine.Arg.date(today.baselineDate())));
            }
            if (then.doneDate() == null && today.doneDate() != null) {
                lines.add(AgendaLine.of("review.since.milestone-done", AgendaLine.Arg.date(today.doneDate())));
            }
        }
        if (recorded.proposal() != null && now.proposal() != null
                && !recorded.proposal().state().equals(now.proposal().state())) {
            lines.add(AgendaLine.of("review.since.proposal",
                    AgendaLine.Arg.key("review.proposal-state." + now.proposal().state())));
        }
        if (recorded.feedback() != null && now.feedback() != null
                && !recorded.feedback().status().equals(now.feedback().status())) {
            lines.add(AgendaLine.of("review.since.feedback",
                    AgendaLine.Arg.key("feedback.status." + now.feedback().status())));
        }
        return lines;
    }

    static List<AgendaLine> lines(GoalRow recorded, GoalRow now) {
        var lines = new ArrayList<AgendaLine>();
        if (now.latestValue() != null && (recorded.latestValue() == null
                || recorded.latestValue().compareTo(now.latestValue()) != 0
                || !now.latestDate().equals(recorded.latestDate()))) {
            lines.add(AgendaLine.of("review.since.goal-latest", AgendaLine.Arg.value(now.latestValue(), now.unit()),
                    AgendaLine.Arg.date(now.latestDate())));
        }
        if (recorded.status() != now.status()) {
            lines.add(AgendaLine.of("review.since.goal-status", AgendaLine.Arg.key("goal.status." + now.status())));
        }
        return lines;
    }

    private static void latest(List<AgendaLine> lines, ItemFacts.Point then, ItemFacts.Point today, String unit) {
        if (today != null && (then == null || then.value().compareTo(today.value()) != 0
                || !then.date().equals(today.date()))) {
            lines.add(AgendaLine.of("review.since.goal-latest", AgendaLine.Arg.value(today.value(), unit),
                    AgendaLine.Arg.date(today.date())));
        }
    }
}
