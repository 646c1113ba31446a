package com.cohelm.benchmark;

import com.vaadin.flow.component.html.Div;
import jakarta.annotation.security.PermitAll;

/**
 * An empty page for a signed-in person: what a Vaadin UI costs before any CoHelm page is in it. Registered
 * at {@code /benchmark/empty} by {@link BenchmarkSupport} with the {@code benchmark} profile only.
 */
@PermitAll
class EmptyView extends Div {
}
