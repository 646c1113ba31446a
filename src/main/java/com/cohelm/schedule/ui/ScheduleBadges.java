package com.cohelm.schedule.ui;

import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.SlipState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

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
