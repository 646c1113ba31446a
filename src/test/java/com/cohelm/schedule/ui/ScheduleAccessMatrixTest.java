package com.cohelm.schedule.ui;

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
 * Every demo role × the schedule page and one milestone page of each demo program: not found, or open
 * with or without "New milestone", "Propose re-baseline" and the milestone's "Edit". Verdant already has
 * a proposal waiting, so nobody may propose another there.
 */
class ScheduleAccessMatrixTest extends KaribuViewTest {

    /** What one person finds on one program's schedule. */
    enum Access {
        /** leads and supplier admins: add milestones, propose a re-baseline, edit any milestone */
        LEAD,
        /** Verdant: a lead, but a proposal is already waiting */
        LEAD_PROPOSAL_PENDING,
        /** members and viewers: read, nothing to add or propose, no edit of others' milestones */
        READ,
        NOT_FOUND
    }

    /** A milestone of each program that none of the non-lead demo people owns. */
    private static final List<String> MILESTONES = List.of("Line validation run", "Go / no-go for the production line",
            "Twenty workshops live");
    private static final List<String> PROGRAMS = List.of(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM,
            DemoLogins.CALLOWAY_PROGRAM);

    /**
     * Decision 0023: a milestone is changed by its owning side's owner, lead and admins, so leading the program
     * is not enough and leading it is not needed: Verdant's customer admin changes the joint go / no-go, and
     * Calloway's customer lead does not change the supplier-owned "Twenty workshops live".
     */
    private static final java.util.Map<String, Boolean> OWNING_SIDE_EXCEPTIONS = java.util.Map.of(
            "greta@verdant.example Go / no-go for the production line", true,
            "carl@calloway.example Twenty workshops live", false);

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    /** login, then what they find on the Brightline, Verdant and Calloway schedules. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(DemoLogins.SUPPLIER_ADMIN, List.of(Access.LEAD, Access.LEAD_PROPOSAL_PENDING, Access.LEAD)),
                Arguments.of(DemoLogins.SUPPLIER_MEMBER,
                        List.of(Access.LEAD, Access.LEAD_PROPOSAL_PENDING, Access.NOT_FOUND)),
                Arguments.of("tomas@northwind.example", List.of(Access.READ, Access.NOT_FOUND, Access.READ)),
                Arguments.of("priya@northwind.example", List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.LEAD)),
                Arguments.of(DemoLogins.CUSTOMER_ADMIN, List.of(Access.LEAD, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of("ben@brightline.example", List.of(Access.READ, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_VIEWER, List.of(Access.READ, Access.NOT_FOUND, Access.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_MEMBER,
                        List.of(Access.NOT_FOUND, Access.LEAD_PROPOSAL_PENDING, Access.NOT_FOUND)),
                Arguments.of("greta@verdant.example", List.of(Access.NOT_FOUND, Access.READ, Access.NOT_FOUND)),
                Arguments.of("carl@calloway.example", List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.LEAD)),
                Arguments.of("maya@calloway.example", List.of(Access.NOT_FOUND, Access.NOT_FOUND, Access.READ)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsTheRightSchedulePages(String login, List<Access> access) {
        login(login);
        for (int i = 0; i < PROGRAMS.size(); i++) {
            var program = PROGRAMS.get(i);
            var expected = access.get(i);
            var programId = demo.id(program);

            navigate("programs/" + programId + "/schedule");
            var view = UI.getCurrent().getCurrentView();
            if (expected == Access.NOT_FOUND) {
                assertThat(view).as("schedule of %s", program).isInstanceOf(NotFoundView.class);
            } else {
                assertThat(view).as("schedule of %s", program).isInstanceOf(ScheduleView.class);
                assertThat(hasButton("New milestone")).as("New milestone on %s", program)
                        .isEqualTo(expected != Access.READ);
                assertThat(hasButton("Propose re-baseline")).as("Propose re-baseline on %s", program)
                        .isEqualTo(expected == Access.LEAD);
                assertThat(hasButton("Calendar")).as("Calendar on %s", program).isTrue();
            }

            var milestone = jdbc.sql("select id from milestone where program_id = ? and title = ?")
                    .params(programId, MILESTONES.get(i)).query(Long.class).single();
            navigate("programs/" + programId + "/schedule/" + milestone);
            view = UI.getCurrent().getCurrentView();
            if (expected == Access.NOT_FOUND) {
                assertThat(view).as("milestone of %s", program).isInstanceOf(NotFoundView.class);
            } else {
                assertThat(view).as("milestone of %s", program).isInstanceOf(MilestoneView.class);
                var mayChange = OWNING_SIDE_EXCEPTIONS.getOrDefault(login + " " + MILESTONES.get(i),
                        expected != Access.READ);
                assertThat(hasButton("Edit")).as("Edit on %s", MILESTONES.get(i)).isEqualTo(mayChange);
                assertThat(hasButton("Record a slip")).as("Record a slip on %s", MILESTONES.get(i))
                        .isEqualTo(mayChange);
                assertThat(hasButton("Mark done")).as("Mark done on %s", MILESTONES.get(i)).isEqualTo(mayChange);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void aMilestoneIsNeverFoundUnderAnotherProgramsAddress(String login, List<Access> access) {
        login(login);
        var brightline = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        var verdantMilestone = jdbc.sql("select id from milestone where title = ?").param(MILESTONES.get(1))
                .query(Long.class).single();
        navigate("programs/" + brightline + "/schedule/" + verdantMilestone);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private static boolean hasButton(String text) {
        return !_find(Button.class, spec -> spec.withText(text)).isEmpty();
    }
}
