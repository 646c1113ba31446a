package com.cohelm.schedule.ui;

import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.SlipState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

final class ScheduleBadges {

    private ScheduleBadges() {
    }

    static Badge status(Component owner, MilestoneStatus status) {
        var badge = new Badge(owner.getTranslation("milestone.status." + status.name()));
        switch (status) {
            case LATE -> badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED);
            case SLIPPED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case ON_PLAN -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case DONE -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    /**
     * The status, and the slip beside it when the status does not say it: a late milestone may also have
     * slipped (planned past its baseline), and both are facts a reader needs (decision 0023).
     */
    static Div statusAndSlip(Component owner, MilestoneStatus status, long daysSlipped) {
        var badges = new Div(status(owner, status));
        badges.addClassName("milestone-badges");
        if (daysSlipped > 0 && status == MilestoneStatus.LATE) {
            badges.add(slipped(owner, daysSlipped));
        }
        return badges;
    }

    /** "Late" and "Slipped +N days" for a milestone named in passing, each only when it applies. */
    static Div lateAndSlipped(Component owner, MilestoneRef ref) {
        var badges = new Div();
        badges.addClassName("milestone-badges");
        if (ref.late()) {
            badges.add(status(owner, MilestoneStatus.LATE));
        }
        if (!ref.done() && ref.daysSlipped() > 0) {
            badges.add(slipped(owner, ref.daysSlipped()));
        }
        return badges;
    }

    /**
     * A milestone's "Late" and "Slipped +N days", each when it applies, inline: two facts, both shown wherever
     * the schedule names a milestone on another page (the program overview, home; decision 0023).
     */
    static Span milestone(Component owner, boolean late, long daysSlipped) {
        var badges = new Span();
        badges.addClassName("milestone-badges");
        if (late) {
            var badge = new Badge(owner.getTranslation("milestone.status.LATE"));
            badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED);
            badges.add(badge);
        }
        if (daysSlipped > 0) {
            var badge = new Badge(owner.getTranslation("milestone.slipped.badge", daysSlipped));
            badge.addThemeVariants(BadgeVariant.WARNING);
            badges.add(badge);
        }
        return badges;
    }

    static Badge slipped(Component owner, long days) {
        var badge = new Badge(owner.getTranslation("milestone.slipped.badge", days));
        badge.addThemeVariants(BadgeVariant.WARNING);
        return badge;
    }

    static Badge slip(Component owner, SlipState state) {
        var badge = new Badge(owner.getTranslation("slip.state." + state.name()));
        switch (state) {
            case OPEN -> badge.addThemeVariants(BadgeVariant.WARNING);
            case CONTESTED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case ACKNOWLEDGED, RESOLVED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
        }
        return badge;
    }

    static Badge side(Component owner, OwnerSide side) {
        var badge = new Badge(owner.getTranslation("milestone.owner-side." + side.name()));
        badge.addClassName("side-" + side.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
