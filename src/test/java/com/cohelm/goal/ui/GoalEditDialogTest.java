package com.cohelm.goal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.cohelm.account.PersonSummary;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestSchedules;
import com.cohelm.support.TestSchedules.LinkedSchedule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The goal form saves only what it shows: saved untouched (the goal has owners on both sides and a milestone
 * that serves it) it changes no row; one field changed changes that column only.
 */
class GoalEditDialogTest extends EditDialogTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    TestSchedules schedules;

    private Dialog openEditor(LinkedSchedule schedule, String who) {
        login(who);
        navigate("programs/" + schedule.programId() + "/goals/" + schedule.goalId());
        click("Edit");
        return dialog("goal-form");
    }

    @Test
    void savingUntouchedChangesNothing() {
        var program = testPrograms.create("Goal dialog");
        var schedule = schedules.linked(program.id());
        assertNothingChanged(changesOf(() -> click(openEditor(schedule, DemoLogins.SUPPLIER_MEMBER), "Save")));
        assertNothingChanged(changesOf(() -> {
            freshSession(program.customerLead());
            click(openEditor(schedule, program.customerLead()), "Save");
        }));
    }

    static Stream<Arguments> oneField() {
        return Stream.of(
                Arguments.of("title", (Consumer<Dialog>) d -> _setValue(_get(d, TextField.class,
                        spec -> spec.withLabel("Title")), "Yield at the first pass"), "goal.title"),
                Arguments.of("why it matters", (Consumer<Dialog>) d -> _setValue(_get(d, TextArea.class,
                        spec -> spec.withLabel("Why it matters")), "Returns cost both of us"), "goal.why_it_matters"),
                Arguments.of("target", (Consumer<Dialog>) d -> _setValue(_get(d, BigDecimalField.class,
                        spec -> spec.withLabel("Target")), new BigDecimal("99")), "goal.target"),
                Arguments.of("supplier owner", (Consumer<Dialog>) d -> {
                    var owner = EditDialogTest.<PersonSummary>combo(d, "Supplier owner");
                    _setValue(owner, item(owner, p -> p.displayName().startsWith("Tom")));
                }, "goal.supplier_owner_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneField")
    void changingOneFieldChangesOnlyThatField(String field, Consumer<Dialog> change, String column) {
        var schedule = schedules.linked(testPrograms.create("Goal dialog").id());
        var changes = changesOf(() -> {
            var dialog = openEditor(schedule, DemoLogins.SUPPLIER_MEMBER);
            change.accept(dialog);
            click(dialog, "Save");
        });
        assertOnlyChanged(changes, "GOAL_UPDATED", column, "goal.updated_at", "goal.version");
    }
}
