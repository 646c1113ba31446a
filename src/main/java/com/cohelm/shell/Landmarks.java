package com.cohelm.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every page has one main landmark, so that assistive technology can jump to the page past the menus:
 * inside {@link MainLayout} it is the page the layout shows (the app layout's content area has no role of
 * its own), and a page without the layout (sign-in, invitation, present mode) is the main landmark
 * itself. Done once here after each navigation rather than in each page, so a new page has it too.
 */
@Component
class Landmarks implements VaadinServiceInitListener {

    static final String ROLE = "role";
    static final String MAIN = "main";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(Landmarks::markMain));
    }

    static void markMain(AfterNavigationEvent event) {
        mainOf(event.getActiveChain()).ifPresent(main -> {
            var element = main.getElement();
            if (!element.hasAttribute(ROLE)) {
                element.setAttribute(ROLE, MAIN);
            }
        });
    }

    /** The page itself: the route target's outermost element below {@link MainLayout}, or the whole chain's root. */
    static Optional<HasElement> mainOf(List<HasElement> chain) {
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        var outermost = chain.get(chain.size() - 1);
        if (outermost instanceof MainLayout) {
            return chain.size() > 1 ? Optional.of(chain.get(chain.size() - 2)) : Optional.empty();
        }
        return Optional.of(outermost);
    }
}
