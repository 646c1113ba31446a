package com.cohelm.base.ui;

import com.cohelm.base.ResourceNotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * Ids in pages' addresses: anything that is not an id is simply not found, and so is an id the reader may
 * not see (the services answer it exactly like a missing one).
 */
public final class RouteIds {

    private RouteIds() {
    }

    public static OptionalLong id(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(value -> OptionalLong.of(Long.parseLong(value)))
                .orElse(OptionalLong.empty());
    }

    /**
     * What the address's id names, read by a service that throws {@link ResourceNotFoundException} for an
     * id the reader may not see; empty, with the not-found page shown, when there is no such thing for them.
     */
    public static <T> Optional<T> load(BeforeEnterEvent event, String parameter, LongFunction<T> loader) {
        return find(event, parameter, id -> Optional.of(loader.apply(id)));
    }

    /** Like {@link #load}, for a service that answers a missing or hidden id with an empty result. */
    public static <T> Optional<T> find(BeforeEnterEvent event, String parameter, LongFunction<Optional<T>> finder) {
        var id = id(event, parameter);
        Optional<T> found;
        try {
            found = id.isPresent() ? finder.apply(id.getAsLong()) : Optional.empty();
        } catch (ResourceNotFoundException notVisible) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return found;
    }
}
