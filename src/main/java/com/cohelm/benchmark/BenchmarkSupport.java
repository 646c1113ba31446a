package com.cohelm.benchmark;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the benchmarks need from the server, only with the {@code benchmark} profile (never in a normal
 * start): an empty page at {@code /benchmark/empty}, the framework's floor for the memory per session,
 * and a timing line per UIDL request ({@code uidl route=programs/:id/goals ms=12.3}) naming the page the
 * UI shows after the request, which is the server's side of the load test's figures.
 */
@Component
@Profile("benchmark")
class BenchmarkSupport implements VaadinServiceInitListener {

    static final String EMPTY_ROUTE = "benchmark/empty";
    private static final Logger timing = LoggerFactory.getLogger("cohelm.benchmark.timing");
    private static final String STARTED = BenchmarkSupport.class.getName() + ".started";
    private static final Pattern NUMBER = Pattern.compile("(?<=/|^)\\d+(?=/|$)");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(EMPTY_ROUTE, EmptyView.class);
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                request.setAttribute(STARTED, System.nanoTime());
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                var started = (Long) request.getAttribute(STARTED);
                var kind = request.getParameter("v-r");
                if (started == null || kind == null || session == null) {
                    return;
                }
                var millis = (System.nanoTime() - started) / 1_000_000.0;
                timing.info("{} route={} ms={}", kind, route(request, session), "%.1f".formatted(millis));
            }
        });
    }

    private static String route(VaadinRequest request, VaadinSession session) {
        var uiId = request.getParameter("v-uiId");
        if (uiId == null) {
            var location = request.getParameter("location");
            return location == null ? "-"
                    : location.isEmpty() ? "(home)" : NUMBER.matcher(location).replaceAll(":id");
        }
        try {
            var ui = session.getUIById(Integer.parseInt(uiId));
            if (ui == null) {
                return "-";
            }
            var path = ui.getInternals().getActiveViewLocation().getPath();
            return path.isEmpty() ? "(home)" : NUMBER.matcher(path).replaceAll(":id");
        } catch (RuntimeException e) {
            return "-";
        }
    }
}
