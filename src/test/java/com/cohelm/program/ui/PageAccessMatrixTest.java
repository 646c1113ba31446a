package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.shell.NotFoundView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every demo role × every page × the actions the page offers: the page opens (with or without "Edit"
 * and "New program"), opens read only, or is not found.
 */
class PageAccessMatrixTest extends KaribuViewTest {

    enum Page { EDIT, CONTRIBUTE, READ_ONLY, NOT_FOUND }

    @Autowired
    DemoPrograms demo;

    /** login, may create programs, then the Brightline, Verdant and Calloway program pages. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(DemoLogins.SUPPLIER_ADMIN, true, List.of(Page.EDIT, Page.EDIT, Page.EDIT)),
                Arguments.of(DemoLogins.SUPPLIER_MEMBER, false, List.of(Page.EDIT, Page.EDIT, Page.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_ADMIN, false, List.of(Page.EDIT, Page.NOT_FOUND, Page.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_MEMBER, false, List.of(Page.NOT_FOUND, Page.EDIT, Page.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_VIEWER, false,
                        List.of(Page.READ_ONLY, Page.NOT_FOUND, Page.NOT_FOUND)),
                Arguments.of("ben@brightline.example", false,
                        List.of(Page.CONTRIBUTE, Page.NOT_FOUND, Page.NOT_FOUND)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsTheRightPages(String login, boolean createsPrograms, List<Page> programPages) {
        login(login);

        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);

        navigate("programs");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProgramsView.class);
        assertThat(hasButton("New program")).as("New program").isEqualTo(createsPrograms);

        var names = List.of(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM, DemoLogins.CALLOWAY_PROGRAM);
        for (int i = 0; i < names.size(); i++) {
            navigate("programs/" + demo.id(names.get(i)));
            var view = UI.getCurrent().getCurrentView();
            var expected = programPages.get(i);
            if (expected == Page.NOT_FOUND) {
                assertThat(view).as(names.get(i)).isInstanceOf(NotFoundView.class);
                continue;
            }
            assertThat(view).as(names.get(i)).isInstanceOf(ProgramView.class);
            assertThat(hasButton("Edit")).as("Edit on %s", names.get(i)).isEqualTo(expected == Page.EDIT);
            assertThat(_find(Badge.class, spec -> spec.withText("Read only"))).as("read only on %s", names.get(i))
                    .hasSize(expected == Page.READ_ONLY ? 1 : 0);
        }

        // The goals page of each program follows the program page; only editors may add a goal.
        for (int i = 0; i < names.size(); i++) {
            navigate("programs/" + demo.id(names.get(i)) + "/goals");
            var view = UI.getCurrent().getCurrentView();
            var expected = programPages.get(i);
            if (expected == Page.NOT_FOUND) {
                assertThat(view).as("goals of %s", names.get(i)).isInstanceOf(NotFoundView.class);
                continue;
            }
            assertThat(view.getClass().getSimpleName()).as("goals of %s", names.get(i)).isEqualTo("GoalsView");
            assertThat(hasButton("New goal")).as("New goal on %s", names.get(i)).isEqualTo(expected == Page.EDIT);
        }

        // The action plan follows the program page: members of either side add actions and ask questions,
        // viewers read, and only leads (and supplier admins) close or reassign many at once.
        for (int i = 0; i < names.size(); i++) {
            navigate("programs/" + demo.id(names.get(i)) + "/actions");
            var view = UI.getCurrent().getCurrentView();
            var expected = programPages.get(i);
            if (expected == Page.NOT_FOUND) {
                assertThat(view).as("actions of %s", names.get(i)).isInstanceOf(NotFoundView.class);
                continue;
            }
            assertThat(view.getClass().getSimpleName()).as("actions of %s", names.get(i)).isEqualTo("ActionsView");
            assertThat(hasButton("New action")).as("New action on %s", names.get(i))
                    .isEqualTo(expected != Page.READ_ONLY);
            assertThat(hasButton("Ask a question")).as("Ask a question on %s", names.get(i))
                    .isEqualTo(expected != Page.READ_ONLY);
            assertThat(hasButton("Close selected")).as("bulk close on %s", names.get(i))
                    .isEqualTo(expected == Page.EDIT);
        }

        // Everyone has their own actions page; it lists only what is theirs.
        navigate("my-actions");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("MyActionsView");
    }

    private static boolean hasButton(String text) {
        return !_find(Button.class, spec -> spec.withText(text)).isEmpty();
    }
}
