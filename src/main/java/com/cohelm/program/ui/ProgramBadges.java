package com.cohelm.program.ui;

import com.cohelm.program.ProgramStatus;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Span;

final class ProgramBadges {

    private ProgramBadges() {
    }

    static Badge status(ProgramStatus status, String text) {
        var badge = new Badge(text);
        switch (status) {
            case ACTIVE -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case ON_HOLD -> badge.addThemeVariants(BadgeVariant.WARNING);
            case COMPLETED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    /**
     * A milestone's "Late" and "Slipped +N days", each when it applies: two facts, both shown wherever the
     * schedule names a milestone (decision 0023; the schedule's own pages draw the same badges).
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
}
