package com.cohelm.base.ui;

import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * The address of a page, built from its view class and its route parameters, never from strings: a renamed
 * or moved route fails to compile (the class) or changes every link with it (the template). Unlike Vaadin's
 * {@code RouteConfiguration}, it needs no running Vaadin service, so a notification written by a background
 * listener or a link in a mail is built the same way as a link on a page.
 *
 * <p>Parameters are given in the order the route template names them: for
 * {@code "programs/:programId/schedule/:milestoneId"}, {@code address(MilestoneView.class, 1, 7)} is
 * {@code "programs/1/schedule/7"}. A count that does not match the template is a programming error.
 */
public final class Routes {

    private Routes() {
    }

    public static String address(Class<?> view, Object... parameters) {
        var route = view.getAnnotation(Route.class);
        if (route == null) {
            throw new IllegalArgumentException(view.getName() + " is not a route");
        }
        var segments = route.value().isEmpty() ? List.<String>of() : List.of(route.value().split("/"));
        var address = new ArrayList<String>(segments.size());
        int next = 0;
        for (var segment : segments) {
            if (segment.startsWith(":")) {
                if (next == parameters.length) {
                    throw new IllegalArgumentException(
                            "Route " + route.value() + " needs more than " + parameters.length + " parameters");
                }
                address.add(String.valueOf(parameters[next++]));
            } else {
                address.add(segment);
            }
        }
        if (next != parameters.length) {
            throw new IllegalArgumentException(
                    "Route " + route.value() + " takes " + next + " parameters, not " + parameters.length);
        }
        return String.join("/", address);
    }
}
