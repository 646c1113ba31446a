package com.cohelm.feedback.ui;

import com.cohelm.feedback.FeedbackItemDraft;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.goal.GoalRef;
import com.cohelm.schedule.MilestoneRef;
import java.util.List;

/** What the feedback form edits (public only because Binder reads records by reflection). */
public record FeedbackForm(FeedbackKind kind, String title, String body, GoalRef goal, MilestoneRef milestone,
        boolean shownAsOrganization) {

    static FeedbackForm empty() {
        return new FeedbackForm(FeedbackKind.CRITICISM, "", "", null, null, false);
    }

    static FeedbackForm of(FeedbackItemView item, List<GoalRef> goals, List<MilestoneRef> milestones) {
        return new FeedbackForm(item.kind(), item.title(), item.body(),
                goals.stream().filter(g -> item.goalId() != null && g.id() == item.goalId()).findFirst().orElse(null),
                milestones.stream().filter(m -> item.milestoneId() != null && m.id() == item.milestoneId()).findFirst()
                        .orElse(null),
                item.shownAsOrganization());
    }

    FeedbackItemDraft toDraft() {
        return new FeedbackItemDraft(kind, title, body, goal == null ? null : goal.id(),
                milestone == null ? null : milestone.id(), shownAsOrganization);
    }
}
