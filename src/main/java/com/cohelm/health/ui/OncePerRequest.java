package com.cohelm.health.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A value computed at most once per server round trip. A grid asks for its size and then for its rows in
 * the same round trip; the portfolio's grids read both from one {@code HealthService.portfolio(filter)},
 * which gathers every matching program's figures from their features (four statements). The value lives in
 * the request's attributes, so a later round trip (scrolling, another sort, after a change) computes it
 * again and nothing outlives the request.
 */
final class OncePerRequest<T> implements Supplier<T> {

    private final String attribute = OncePerRequest.class.getName() + "." + UUID.randomUUID();
    private final Supplier<T> compute;

    OncePerRequest(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get() {
        var request = VaadinRequest.getCurrent();
        if (request == null) {
            return compute.get();
        }
        var known = (T) request.getAttribute(attribute);
        if (known == null) {
            known = compute.get();
            request.setAttribute(attribute, known);
        }
        return known;
    }
}
