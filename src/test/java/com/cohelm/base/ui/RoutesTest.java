package com.cohelm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

class RoutesTest {

    // The application's own pages, not routes declared here: a test's @Route would join the application's
    // routes in every Spring test (and one on "" clashes with the home page).
    private static final Class<?> MILESTONE = view("com.cohelm.schedule.ui.MilestoneView");
    private static final Class<?> HOME = view("com.cohelm.program.ui.HomeView");

    private static Class<?> view(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fillsTheTemplatesParametersInOrder() {
        assertThat(Routes.address(MILESTONE, 1L, 7L)).isEqualTo("programs/1/schedule/7");
        assertThat(Routes.address(HOME)).isEmpty();
    }

    @Test
    void refusesAWrongNumberOfParametersOrAClassThatIsNoRoute() {
        assertThatThrownBy(() -> Routes.address(MILESTONE, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.address(MILESTONE, 1L, 2L, 3L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Routes.address(Div.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
