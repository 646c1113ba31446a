package com.cohelm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import testfixtures.routes.RouteFixtures.Home;
import testfixtures.routes.RouteFixtures.Milestone;

class RoutesTest {

    @Test
    void fillsTheTemplatesParametersInOrder() {
        assertThat(Routes.address(Milestone.class, 1L, 7L)).isEqualTo("programs/1/schedule/7");
        assertThat(Routes.address(Home.class)).isEmpty();
    }

    @Test
    void refusesAWrongNumberOfParametersOrAClassThatIsNoRoute() {
        assertThatThrownBy(() -> Routes.address(Milestone.class, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.address(Milestone.class, 1L, 2L, 3L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.address(Div.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
