package com.cohelm.action.ui;

import com.cohelm.action.ActionStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

final class ActionBadges {

    private ActionBadges() {
    }

    static Badge status(Component owner, ActionStatus status) {
        var badge = new Badge(owner.getTranslation("actions.status." + status.name()));
        switch (status) {
            case OPEN -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case IN_PROGRESS -> { }
            case BLOCKED -> badge.addThemeVariants(BadgeVariant.WARNING);
            case DONE -> badge.addThemeVariants(BadgeVariant.SUCCESS);
        }
        return badge;
    }

    static Badge overdue(Component owner) {
        var badge = new Badge(owner.getTranslation("actions.overdue"));
        badge.addThemeVariants(BadgeVariant.ERROR);
        badge.addClassName("overdue-badge");
        return badge;
    }

    static Badge question(Component owner) {
        var badge = new Badge(owner.getTranslation("actions.question"), VaadinIcon.QUESTION_CIRCLE_O.create());
        badge.addClassName("question-badge");
        return badge;
    }
}
