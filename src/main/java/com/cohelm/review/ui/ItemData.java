package com.cohelm.review.ui;

import com.cohelm.base.markdown.MarkdownRenderer;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.SvgImage;
import com.cohelm.feedback.ui.FeedbackPages;
import com.cohelm.goal.GoalChart;
import com.cohelm.review.AgendaItemView;
import com.cohelm.review.AgendaTexts;
import com.cohelm.review.ItemFacts;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The data next to an agenda item, drawn from {@link ItemFacts} only: a goal's chart and status history, a
 * milestone's dates and their history, a re-baseline proposal's items, a side's overdue actions, a feedback
 * item's words and status with a link to it, a revealed pulse's results page, or a custom item's text. For an
 * open review the facts were read now; for a closed one they are its record, said to be so, with what changed
 * since closing beside them.
 */
class ItemData extends Div {

    /**
     * @param closedAt   when the review closed, or null while it is open
     * @param chartScale the goal chart's text scale: the page's, or the meeting room's in presentation mode
     */
    ItemData(AgendaItemView item, ItemFacts facts, long programId, Instant closedAt, ZoneId zone, double chartScale) {
        addClassName("review-item-data");
        record(facts, closedAt, zone);
        if (facts.gone()) {
            add(new Paragraph(getTranslation("review.data.gone")));
            return;
        }
        if (facts.goal() != null) {
            goal(facts.goal(), facts.asOf() != null, zone, chartScale);
        } else if (facts.milestone() != null) {
            milestone(facts.milestone(), zone);
        } else if (facts.proposal() != null) {
            proposal(facts.proposal());
        } else if (facts.overdue() != null) {
            overdue(facts);
        } else if (facts.feedback() != null) {
            feedback(item, facts.feedback(), programId);
        } else if ("pulse".equals(item.refType())) {
            add(new Anchor(FeedbackPages.feedback(programId), getTranslation("review.data.pulse-results")));
        } else {
            text(item);
        }
        sinceClosing(facts);
    }

    /** A closed review says its data is its record; one closed before records were kept says it is today's. */
    private void record(ItemFacts facts, Instant closedAt, ZoneId zone) {
        if (closedAt == null) {
            return;
        }
        var note = new Paragraph(facts.asOf() != null
                ? getTranslation("review.record.as-of", Formats.dateTime(facts.asOf(), getLocale(), zone))
                : getTranslation("review.record.none"));
        note.addClassName("review-record-note");
        add(note);
    }

    private void sinceClosing(ItemFacts facts) {
        if (facts.sinceClosing().isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        AgendaTexts.render(facts.sinceClosing(), this::getTranslation, getLocale())
                .forEach(line -> list.add(new ListItem(line)));
        var since = new Div(new Span(getTranslation("review.record.since")), list);
        since.addClassName("review-since-closing");
        add(since);
    }

    private void goal(ItemFacts.Goal goal, boolean recorded, ZoneId zone, double chartScale) {
        var labels = new GoalChart.ChartLabels(goal.metric(), getTranslation("goal.baseline"),
                getTranslation("goal.target"), getTranslation("goal.projection"), getTranslation("goal.measured"));
        var image = SvgImage.of(GoalChart.svg(goal.kpi(), goal.points(), goal.suggestion(), getLocale(), labels,
                chartScale), "goal-" + goal.id() + ".svg", GoalChart.textAlternative(goal.kpi(), goal.points(),
                goal.suggestion(), labels));
        image.addClassName("goal-chart");
        var status = new Span(getTranslation(recorded ? "review.data.goal-status-then" : "review.data.goal-status",
                getTranslation("goal.status." + goal.status().name())));
        status.addClassName("review-data-status");
        var history = new UnorderedList();
        goal.history().forEach(change -> history.add(new ListItem(
                getTranslation("goal.status.history", change.changedBy(),
                        getTranslation("goal.status." + change.status().name()), change.reason())
                        + " · " + Formats.dateTime(change.changedAt(), getLocale(), zone))));
        add(status, image, history);
    }

    private void milestone(ItemFacts.Milestone milestone, ZoneId zone) {
        add(new Paragraph(getTranslation("review.data.milestone", Formats.date(milestone.baselineDate(), getLocale()),
                Formats.date(milestone.plannedDate(), getLocale()))));
        if (milestone.slip() != null) {
            var slip = milestone.slip();
            add(new Paragraph(getTranslation("review.data.slip", getTranslation("slip.cause." + slip.cause()),
                    getTranslation("slip.state." + slip.state()), slip.recoveryPlan())));
        }
        var history = new UnorderedList();
        history.addClassName("review-data-history");
        milestone.history().forEach(change -> history.add(new ListItem(
                getTranslation("review.data.date-change", getTranslation("history.field." + change.field()),
                        Formats.date(change.fromDate(), getLocale()), Formats.date(change.toDate(), getLocale()),
                        change.changedBy(), Formats.dateTime(change.changedAt(), getLocale(), zone))
                        + (change.explanation() == null ? "" : " · " + change.explanation()))));
        add(history);
    }

    private void proposal(ItemFacts.Proposal proposal) {
        add(new Paragraph(getTranslation("rebaseline.decided." + proposal.state(), proposal.proposedBy(),
                proposal.reason(), proposal.decidedBy() == null ? "" : proposal.decidedBy(),
                proposal.decisionReason() == null ? "" : proposal.decisionReason())));
        var items = new UnorderedList();
        proposal.items().forEach(i -> items.add(new ListItem(getTranslation("review.data.proposal-item", i.title(),
                Formats.date(i.currentBaseline(), getLocale()), Formats.date(i.proposedBaseline(), getLocale())))));
        add(items);
    }

    private void overdue(ItemFacts facts) {
        if (facts.overdue().isEmpty()) {
            add(new Paragraph(getTranslation(facts.asOf() == null ? "review.data.no-overdue"
                    : "review.data.no-overdue-then")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("review-data-overdue");
        facts.overdue().forEach(a -> list.add(new ListItem(getTranslation("review.data.overdue-item", a.title(),
                a.assigneeName(), Formats.date(a.dueDate(), getLocale())))));
        add(list);
    }

    /** The item's words as they were when the agenda was built, its status, and a link to it. */
    private void feedback(AgendaItemView item, ItemFacts.Feedback feedback, long programId) {
        text(item);
        var status = new Span(getTranslation("review.data.feedback-status",
                getTranslation("feedback.status." + feedback.status())));
        status.addClassName("review-data-status");
        add(status, new Anchor(FeedbackPages.feedback(programId) + "?item=" + item.refId(),
                getTranslation("review.data.feedback-item")));
    }

    private void text(AgendaItemView item) {
        if (item.detail() != null) {
            add(new Html(MarkdownRenderer.toHtmlBlock(item.detail(), "review-markdown")));
        }
    }
}
