package com.cohelm.shell;

import com.cohelm.activity.AccessAudit;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * Records a page that answered "not found" for an address that names a real page: an id the user may
 * not see, or a page their role does not open. A typo (no page has that address) is not a refusal and
 * is not recorded; nor is an attempt a service already recorded on the way.
 */
final class DeniedAccess {

    private DeniedAccess() {
    }

    static void record(AccessAudit audit, BeforeEnterEvent event) {
        var path = event.getLocation().getPath();
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            audit.deniedAtAddress("page", "/" + path);
        }
    }
}
