package com.cohelm.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.shell.NotFoundView;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.security.Side;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every demo role × the feedback page of each demo program × what they may do there: not found; read
 * only; give feedback, answer pulses and respond to what is addressed to their side; or, for supplier
 * leads and supplier admins, also open and close pulses and set their cadence. Another program's item id
 * under a visible program's address opens nothing.
 */
class FeedbackAccessMatrixTest extends KaribuViewTest {

    enum Access {
        /** supplier leads and supplier admins */
        MANAGE,
        /** members of either side, customer leads and admins included */
        CONTRIBUTE,
        READ,
        NOT_FOUND
    }

    private static final List<String> PROGRAMS = List.of(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM,
            DemoLogins.CALLOWAY_PROGRAM);

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    /** login, their side, then what they find on the Brightline, Verdant and Calloway feedback pages. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(DemoLogins.SUPPLIER_ADMIN, Side.SUPPLIER, List.of(Access.MANAGE, Access.MANAGE, Access.MANAGE)),
                Arguments.of(DemoLogins.SUPPLIER_MEMBER, Side.SUPPLIER,
                        List.of(Access.MANAGE, Access.MANAGE, Access.NOT_FOUND)),
                Arguments.of("tomas@northwind.example", Side.SUPPLIER,
                        List.of(Access.CONTRIBUTE, Access.NOT_FOUND, Access.CONTRIBUTE)),
                Arguments.of("priya@northwind.example", Side.SUPPLIER,
                        List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.MANAGE)),
                Arguments.of(DemoLogins.CUSTOMER_ADMIN, Side.CUSTOMER,
                        List.of(Access.CONTRIBUTE, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of("ben@brightline.example", Side.CUSTOMER,
                        List.of(Access.CONTRIBUTE, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_VIEWER, Side.CUSTOMER,
                        List.of(Access.READ, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_MEMBER, Side.CUSTOMER,
                        List.of(Access.NOT_FOUND, Access.CONTRIBUTE, Access.NOT_FOUND)),
                Arguments.of("greta@verdant.example", Side.CUSTOMER,
                        List.of(Access.NOT_FOUND, Access.CONTRIBUTE, Access.NOT_FOUND)),
                Arguments.of("carl@calloway.example", Side.CUSTOMER,
                        List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.CONTRIBUTE)),
                Arguments.of("maya@calloway.example", Side.CUSTOMER,
                        List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.CONTRIBUTE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsTheRightFeedbackPages(String login, Side side, List<Access> access) {
        login(login);
        for (int i = 0; i < PROGRAMS.size(); i++) {
            var program = PROGRAMS.get(i);
            var expected = access.get(i);
            navigate("programs/" + demo.id(program) + "/feedback");
            var view = UI.getCurrent().getCurrentView();
            if (expected == Access.NOT_FOUND) {
                assertThat(view).as("feedback of %s", program).isInstanceOf(NotFoundView.class);
                continue;
            }
            assertThat(view).as("feedback of %s", program).isInstanceOf(FeedbackView.class);
            assertThat(hasButton("Give feedback")).as("Give feedback on %s", program)
                    .isEqualTo(expected != Access.READ);
            assertThat(hasButton("Open a pulse")).as("Open a pulse on %s", program).isEqualTo(expected == Access.MANAGE);
            assertThat(_find(Select.class, spec -> spec.withLabel("Pulses open"))).as("cadence on %s", program)
                    .hasSize(expected == Access.MANAGE ? 1 : 0);
            assertThat(hasButton("Close the pulse")).as("Close the pulse on %s", program)
                    .isEqualTo(expected == Access.MANAGE && i != 1);
            assertThat(hasButton("Answer the pulse") || hasButton("Change your answers"))
                    .as("answering the open pulse of %s", program).isEqualTo(expected != Access.READ && i != 1);

            // Respond: exactly on the open items addressed to the reader's side; never for a viewer
            @SuppressWarnings("unchecked")
            Grid<FeedbackItemView> grid = _get(Grid.class, spec -> spec.withClasses("feedback-grid"));
            var rows = GridKt._fetch(grid, 0, GridKt._size(grid));
            assertThat(rows).as("items of %s", program).isNotEmpty();
            for (int row = 0; row < rows.size(); row++) {
                var item = rows.get(row);
                var buttons = (Component) GridKt._getCellComponent(grid, row, "buttons");
                var respond = !_find(buttons, Button.class, spec -> spec.withText("Respond")).isEmpty();
                assertThat(respond).as("Respond on %s", item.title()).isEqualTo(expected != Access.READ
                        && item.toSide() == side && !item.status().isFinal());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void anotherProgramsItemNeverOpensUnderThisProgramsAddress(String login, Side side, List<Access> access) {
        login(login);
        var verdantItem = jdbc.sql("select id from feedback_item where title like 'We learned about the go / no-go%'")
                .query(Long.class).single();
        for (int i = 0; i < PROGRAMS.size(); i++) {
            if (access.get(i) == Access.NOT_FOUND || i == 1) {
                continue;
            }
            navigate("programs/" + demo.id(PROGRAMS.get(i)) + "/feedback?item=" + verdantItem);
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(FeedbackView.class);
            assertThat(_find(Dialog.class)).as("no dialog for another program's item").isEmpty();
        }
    }

    private static boolean hasButton(String text) {
        return !_find(Button.class, spec -> spec.withText(text)).isEmpty();
    }
}
