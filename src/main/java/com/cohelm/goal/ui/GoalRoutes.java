package com.cohelm.goal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.OptionalLong;

/** Ids in the goal pages' addresses; anything that is not an id is simply not found. */
final class GoalRoutes {

    private GoalRoutes() {
    }

    static OptionalLong id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(value -> OptionalLong.of(Long.parseLong(value)))
                .orElse(OptionalLong.empty());
    }
}
