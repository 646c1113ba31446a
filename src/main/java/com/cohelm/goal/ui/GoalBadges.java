package com.cohelm.goal.ui;

import com.cohelm.goal.GoalStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

final class GoalBadges {

    private GoalBadges() {
    }

    static Badge status(Component owner, GoalStatus status) {
        var badge = new Badge(owner.getTranslation("goal.status." + status.name()));
        switch (status) {
            case ON_TRACK -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case AT_RISK -> badge.addThemeVariants(BadgeVariant.WARNING);
            case OFF_TRACK -> badge.addThemeVariants(BadgeVariant.ERROR);
            case ACHIEVED -> badge.addThemeVariants(BadgeVariant.SUCCESS, BadgeVariant.FILLED);
            case DROPPED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    /** "Measurements suggest: at risk", shown only where it differs from the confirmed status. */
    static Badge suggested(Component owner, GoalStatus status) {
        var badge = new Badge(owner.getTranslation("goal.suggested", owner.getTranslation("goal.status." + status.name())));
        badge.addClassName("suggested-status");
        return badge;
    }
}
