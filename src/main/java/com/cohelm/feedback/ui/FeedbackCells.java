package com.cohelm.feedback.ui;

import com.cohelm.account.ui.PersonLabel;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.FeedbackStatus;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** The pieces the feedback page and its dialogs show alike. */
final class FeedbackCells {

    private FeedbackCells() {
    }

    static Badge kind(Component owner, FeedbackKind kind) {
        var badge = new Badge(owner.getTranslation("feedback.kind." + kind.name()));
        badge.addClassNames("feedback-kind", "kind-" + kind.name().toLowerCase(Locale.ROOT));
        switch (kind) {
            case PRAISE -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case CRITICISM -> badge.addThemeVariants(BadgeVariant.ERROR);
            case IDEA -> { }
        }
        return badge;
    }

    static Badge status(Component owner, FeedbackStatus status) {
        var badge = new Badge(owner.getTranslation("feedback.status." + status.name()));
        switch (status) {
            case OPEN -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case ACKNOWLEDGED, ACTION_PLANNED -> { }
            case RESOLVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case DECLINED -> badge.addThemeVariants(BadgeVariant.WARNING);
        }
        return badge;
    }

    static Span sideTag(Component owner, Side side) {
        var tag = new Span(owner.getTranslation("side." + side.name()));
        tag.addClassNames("side-tag", "side-" + side.name().toLowerCase(Locale.ROOT));
        return tag;
    }

    /**
     * The author as the reader may know them: a supplier reader sees "a member of" the customer where the
     * author chose so; the author's own side sees the name and that choice.
     */
    static Component author(Component owner, FeedbackItemView item) {
        if (item.author() == null) {
            var member = new Span(owner.getTranslation("feedback.author.member-of", item.fromName()));
            member.addClassName("feedback-anonymous");
            return member;
        }
        return new PersonLabel(item.author(), item.shownAsOrganization()
                ? owner.getTranslation("feedback.author.shown-as-member") : null);
    }

    /** The goal or milestone the item is about, by title, if any. */
    static Optional<String> about(Component owner, FeedbackPage page, FeedbackItemView item) {
        var goal = page.goals().stream().filter(g -> item.goalId() != null && g.id() == item.goalId()).findFirst()
                .map(g -> owner.getTranslation("feedback.about.goal", g.title()));
        var milestone = page.milestones().stream()
                .filter(m -> item.milestoneId() != null && m.id() == item.milestoneId()).findFirst()
                .map(m -> owner.getTranslation("feedback.about.milestone", m.title()));
        if (goal.isPresent() && milestone.isPresent()) {
            return Optional.of(goal.get() + " · " + milestone.get());
        }
        return goal.or(() -> milestone);
    }

    /** A 1–5 average with one decimal, or a dash. */
    static String rating(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A net promoter score with its sign, or a dash. */
    static String netPromoter(Integer score) {
        return score == null ? "–" : score > 0 ? "+" + score : String.valueOf(score);
    }
}
