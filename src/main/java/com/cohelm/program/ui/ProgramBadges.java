package com.cohelm.program.ui;

import com.cohelm.program.ProgramStatus;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

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
}
