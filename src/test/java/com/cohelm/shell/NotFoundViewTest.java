package com.cohelm.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

class NotFoundViewTest extends KaribuViewTest {

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        login(DemoLogins.SUPPLIER_MEMBER);
        // A typed address goes through the router like a page load; UI.navigate ignores unknown routes.
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.PAGE_LOAD);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Page not found");
    }
}
