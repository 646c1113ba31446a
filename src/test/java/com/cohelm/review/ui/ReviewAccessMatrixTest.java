package com.cohelm.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.shell.NotFoundView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every demo role × the review pages of each demo program (the list, the closed past review, its
 * presentation, and Brightline's upcoming review): not found, or open with exactly the actions the role
 * has — schedule, update the agenda, capture minutes, amend a closed review, drive the presentation.
 */
class ReviewAccessMatrixTest extends KaribuViewTest {

    enum Access {
        /** supplier admins and the program's leads: everything, including arranging the agenda */
        LEAD,
        /** members of either side: schedule, capture, amend; not arrange the agenda */
        MEMBER,
        /** viewers: read and follow only */
        VIEWER,
        NOT_FOUND
    }

    private static final List<String> PROGRAMS = List.of(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM,
            DemoLogins.CALLOWAY_PROGRAM);

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(DemoLogins.SUPPLIER_ADMIN, List.of(Access.LEAD, Access.LEAD, Access.LEAD)),
                Arguments.of(DemoLogins.SUPPLIER_MEMBER, List.of(Access.LEAD, Access.LEAD, Access.NOT_FOUND)),
                Arguments.of("tomas@northwind.example", List.of(Access.MEMBER, Access.NOT_FOUND, Access.MEMBER)),
                Arguments.of("priya@northwind.example", List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.LEAD)),
                Arguments.of(DemoLogins.CUSTOMER_ADMIN, List.of(Access.LEAD, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of("ben@brightline.example", List.of(Access.MEMBER, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_VIEWER, List.of(Access.VIEWER, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_MEMBER, List.of(Access.NOT_FOUND, Access.LEAD, Access.NOT_FOUND)),
                Arguments.of("greta@verdant.example", List.of(Access.NOT_FOUND, Access.MEMBER, Access.NOT_FOUND)),
                Arguments.of("carl@calloway.example", List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.LEAD)),
                Arguments.of("maya@calloway.example", List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.MEMBER)));
    }

    private long review(long programId, boolean closed) {
        return jdbc.sql("select id from review where program_id = ? and (closed_at is not null) = ?")
                .params(programId, closed).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsTheRightReviewPages(String login, List<Access> access) {
        login(login);
        for (int i = 0; i < PROGRAMS.size(); i++) {
            var program = PROGRAMS.get(i);
            var expected = access.get(i);
            var programId = demo.id(program);
            var contributes = expected == Access.LEAD || expected == Access.MEMBER;

            navigate("programs/" + programId + "/reviews");
            check(expected, ReviewsView.class, "reviews of " + program);
            if (expected != Access.NOT_FOUND) {
                assertThat(hasButton("Schedule a review")).as("Schedule on %s", program).isEqualTo(contributes);
            }

            var closed = review(programId, true);
            navigate("reviews/" + closed);
            check(expected, ReviewView.class, "closed review of " + program);
            if (expected != Access.NOT_FOUND) {
                assertThat(hasButton("Append amendment")).as("Amend on %s", program).isEqualTo(contributes);
                assertThat(hasButton("Add note")).as("closed: no minutes on %s", program).isFalse();
                assertThat(hasButton("Sign off the minutes")).as("closed: no sign-off on %s", program).isFalse();
                assertThat(hasButton("Update the agenda")).as("closed: no agenda change on %s", program).isFalse();
            }

            navigate("reviews/" + closed + "/present");
            check(expected, PresentView.class, "presentation of " + program);
            if (expected != Access.NOT_FOUND) {
                assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Next item")))
                        .as("a closed review is not driven").isEmpty();
            }

            if (i == 0) {
                navigate("reviews/" + review(programId, false));
                check(expected, ReviewView.class, "upcoming review of " + program);
                if (expected != Access.NOT_FOUND) {
                    assertThat(hasButton("Update the agenda")).as("Update agenda").isEqualTo(expected == Access.LEAD);
                    assertThat(hasButton("Add item")).as("Add item").isEqualTo(expected == Access.LEAD);
                    assertThat(hasButton("Add note")).as("Add note").isEqualTo(contributes);
                    assertThat(hasButton("Record decision")).as("Record decision").isEqualTo(contributes);
                    assertThat(hasButton("Sign off the minutes")).as("not started: no sign-off").isFalse();
                }
                navigate("reviews/" + review(programId, false) + "/present");
                check(expected, PresentView.class, "presentation of the upcoming review");
                if (expected != Access.NOT_FOUND) {
                    assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Next item")).isEmpty())
                            .as("only contributors drive").isEqualTo(!contributes);
                }
            }
        }
    }

    private static void check(Access expected, Class<?> page, String what) {
        var view = UI.getCurrent().getCurrentView();
        if (expected == Access.NOT_FOUND) {
            assertThat(view).as(what).isInstanceOf(NotFoundView.class);
        } else {
            assertThat(view).as(what).isInstanceOf(page);
        }
    }

    private static boolean hasButton(String text) {
        return !_find(Button.class, spec -> spec.withText(text)).isEmpty();
    }
}
