package com.cohelm.schedule.ui;

import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.SlipState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;

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
