package com.cohelm.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.OptionalLong;

/** Ids in pages' addresses: anything that is not an id is simply not found. */
public final class RouteIds {

    private RouteIds() {
    }

    public static OptionalLong id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(value -> OptionalLong.of(Long.parseLong(value)))
                .orElse(OptionalLong.empty());
    }
}
