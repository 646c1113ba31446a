package com.cohelm.review.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.markdown.MarkdownRenderer;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.SvgImage;
import com.cohelm.goal.GoalChart;
import com.cohelm.goal.GoalService;
import com.cohelm.review.AgendaItemView;
import com.cohelm.review.ReviewService;
import com.cohelm.schedule.ProposalView;
import com.cohelm.schedule.ScheduleService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data next to an agenda item's notes, read now through the owning feature's service (so the reader's
 * access applies): a goal's chart and status history, a milestone's date history, a re-baseline
 * proposal's items, a side's overdue actions, a feedback item's words with a link to it, a revealed pulse's
 * results page, or a custom item's text. Items of kinds without a data view
 * (added later by other sources) show their detail.
 */
class ItemData extends Div {

    private static final int HISTORY_SHOWN = 5;

    ItemData(AgendaItemView item, long programId, long reviewId, ZoneId zone, GoalService goals,
            ScheduleService schedule, ReviewService reviews) {
        addClassName("review-item-data");
        try {
            switch (item.refType() == null ? "" : item.refType()) {
                case "goal" -> goal(item, programId, zone, goals);
                case "milestone" -> milestone(item, programId, zone, schedule);
                case "proposal" -> proposal(item, programId, schedule);
                case "side" -> overdue(reviews.overdueActions(reviewId, item.side()));
                case "feedback" -> feedback(item, programId);
                case "pulse" -> pulse(programId);
                default -> text(item);
            }
        } catch (ResourceNotFoundException e) {
            add(new Paragraph(getTranslation("review.data.gone")));
        }
    }

    private void goal(AgendaItemView item, long programId, ZoneId zone, GoalService goals) {
        var goal = goals.goal(programId, item.refId()).orElseThrow(() -> new ResourceNotFoundException("Goal", item.refId()));
        var summary = goal.summary();
        var labels = new GoalChart.ChartLabels(summary.kpi().metric(), getTranslation("goal.baseline"),
                getTranslation("goal.target"), getTranslation("goal.projection"), getTranslation("goal.measured"));
        var image = SvgImage.of(GoalChart.svg(goal, getLocale(), labels), "goal-" + summary.id() + ".svg",
                GoalChart.textAlternative(goal, labels));
        image.addClassName("goal-chart");
        var status = new Span(getTranslation("review.data.goal-status",
                getTranslation("goal.status." + summary.status().name())));
        status.addClassName("review-data-status");
        var history = new UnorderedList();
        goal.statusHistory().stream().limit(HISTORY_SHOWN).forEach(change -> history.add(new ListItem(
                getTranslation("goal.status.history", change.changedBy(),
                        getTranslation("goal.status." + change.status().name()), change.reason())
                        + " · " + Formats.dateTime(change.changedAt(), getLocale(), zone))));
        add(status, image, history);
    }

    private void milestone(AgendaItemView item, long programId, ZoneId zone, ScheduleService schedule) {
        var milestone = schedule.milestone(programId, item.refId())
                .orElseThrow(() -> new ResourceNotFoundException("Milestone", item.refId()));
        var row = milestone.row();
        add(new Paragraph(getTranslation("review.data.milestone", Formats.date(row.baselineDate(), getLocale()),
                Formats.date(row.plannedDate(), getLocale()))));
        var history = new UnorderedList();
        history.addClassName("review-data-history");
        milestone.history().stream().limit(HISTORY_SHOWN).forEach(change -> history.add(new ListItem(
                getTranslation("review.data.date-change", getTranslation("history.field." + change.field().name()),
                        Formats.date(change.fromDate(), getLocale()), Formats.date(change.toDate(), getLocale()),
                        change.changedBy(), Formats.dateTime(change.changedAt(), getLocale(), zone))
                        + (change.explanation() == null ? "" : " · " + change.explanation()))));
        milestone.slips().stream().findFirst().ifPresent(slip -> add(new Paragraph(getTranslation("review.data.slip",
                getTranslation("slip.cause." + slip.cause().name()), getTranslation("slip.state." + slip.state().name()),
                slip.recoveryPlan()))));
        add(history);
    }

    private void proposal(AgendaItemView item, long programId, ScheduleService schedule) {
        var overview = schedule.overview(programId);
        var proposal = Stream.concat(overview.pendingProposal().stream(), overview.decidedProposals().stream())
                .filter(p -> p.id() == item.refId()).findFirst();
        if (proposal.isEmpty()) {
            text(item);
            return;
        }
        ProposalView view = proposal.get();
        add(new Paragraph(getTranslation("rebaseline.decided." + view.state().name(), view.proposedBy(),
                view.reason(), view.decidedBy() == null ? "" : view.decidedBy(),
                view.decisionReason() == null ? "" : view.decisionReason())));
        var items = new UnorderedList();
        view.items().forEach(i -> items.add(new ListItem(getTranslation("review.data.proposal-item", i.title(),
                Formats.date(i.currentBaseline(), getLocale()), Formats.date(i.proposedBaseline(), getLocale())))));
        add(items);
    }

    private void overdue(List<ActionItemView> actions) {
        if (actions.isEmpty()) {
            add(new Paragraph(getTranslation("review.data.no-overdue")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("review-data-overdue");
        actions.forEach(a -> list.add(new ListItem(getTranslation("review.data.overdue-item", a.title(),
                a.assignee().displayName(), Formats.date(a.dueDate(), getLocale())))));
        add(list);
    }

    /** The item's words as they were when the agenda was built, and the item as it stands now. */
    private void feedback(AgendaItemView item, long programId) {
        text(item);
        add(new Anchor("programs/" + programId + "/feedback?item=" + item.refId(),
                getTranslation("review.data.feedback-item")));
    }

    private void pulse(long programId) {
        add(new Anchor("programs/" + programId + "/feedback", getTranslation("review.data.pulse-results")));
    }

    private void text(AgendaItemView item) {
        if (item.detail() != null) {
            add(new Html(MarkdownRenderer.toHtmlBlock(item.detail(), "review-markdown")));
        }
    }
}
