package com.cohelm.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.goal.GoalRef;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestSchedules;
import com.cohelm.support.TestSchedules.LinkedSchedule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The milestone dialog saves only what it shows (issue 26: saving it deleted the milestone's "waits on"
 * dependencies). Opened on a milestone that waits on two others and serves a goal, and saved untouched, it
 * changes no row; with one field changed, it changes that field only.
 */
class MilestoneEditDialogTest extends EditDialogTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    TestSchedules schedules;
    @Autowired
    ScheduleQueries scheduleQueries;

    private LinkedSchedule linked() {
        return schedules.linked(testPrograms.create("Milestone dialog").id());
    }

    private Dialog openEditor(LinkedSchedule schedule, String who) {
        login(who);
        navigate("programs/" + schedule.programId() + "/schedule/" + schedule.release().row().id());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MilestoneView.class);
        click("Edit");
        return dialog("milestone-form");
    }

    @Test
    void theSupplierLeadSavesUntouchedAndNothingChanges() {
        var schedule = linked();
        var changes = changesOf(() -> {
            var dialog = openEditor(schedule, DemoLogins.SUPPLIER_MEMBER);
            click(dialog, "Save");
            assertThat(dialog.isOpened()).isFalse();
        });
        assertNothingChanged(changes);
    }

    /** Decision 0023: the release candidate is the supplier's; the customer lead reads it and answers its slips. */
    @Test
    void theCustomerLeadIsNotOfferedToChangeTheSuppliersMilestone() {
        var program = testPrograms.create("Milestone dialog");
        var schedule = schedules.linked(program.id());
        login(program.customerLead());
        navigate("programs/" + schedule.programId() + "/schedule/" + schedule.release().row().id());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MilestoneView.class);
        for (var text : java.util.List.of("Edit", "Record a slip", "Mark done")) {
            com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.button.Button.class,
                    spec -> spec.withText(text));
        }
    }

    static Stream<Arguments> oneField() {
        return Stream.of(
                Arguments.of("title", (Consumer<Dialog>) d -> _setValue(_get(d, TextField.class,
                        spec -> spec.withLabel("Title")), "Release candidate 1"), new String[] {"milestone.title"}),
                Arguments.of("description", (Consumer<Dialog>) d -> _setValue(_get(d, TextArea.class,
                        spec -> spec.withLabel("Description")), "Signed by both test leads"),
                        new String[] {"milestone.description"}),
                Arguments.of("owner", (Consumer<Dialog>) d -> {
                    var owner = EditDialogTest.<PersonSummary>combo(d, "Owner");
                    _setValue(owner, item(owner, p -> p.displayName().startsWith("Tom")));
                }, new String[] {"milestone.owner_id"}),
                Arguments.of("waits on", (Consumer<Dialog>) d -> {
                    var waitsOn = EditDialogTest.<MilestoneRef>multi(d, "Waits on");
                    _setValue(waitsOn, Set.of(item(waitsOn, m -> m.title().equals(TestSchedules.FIXTURE))));
                }, new String[] {"-milestone_dependency"}),
                Arguments.of("goals", (Consumer<Dialog>) d -> _setValue(EditDialogTest.<GoalRef>multi(d,
                        "Goals it serves"), Set.of()), new String[] {"-milestone_goal"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneField")
    void changingOneFieldChangesOnlyThatField(String field, Consumer<Dialog> change, String[] changed) {
        var schedule = linked();
        var changes = changesOf(() -> {
            var dialog = openEditor(schedule, DemoLogins.SUPPLIER_MEMBER);
            change.accept(dialog);
            click(dialog, "Save");
        });
        var expected = Stream.concat(Stream.of(changed), Stream.of("milestone.updated_at", "milestone.version"))
                .toArray(String[]::new);
        assertOnlyChanged(changes, "MILESTONE_UPDATED", expected);
        assertThat((String) changes.inserted("activity_event").getFirst().value("before_state")).startsWith(field + "=");
    }

    @Test
    void afterADescriptionEditTheTimelineStillDrawsBothArrows() {
        var schedule = linked();
        var dialog = openEditor(schedule, DemoLogins.SUPPLIER_MEMBER);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Description")), "Only the words change");
        click(dialog, "Save");

        var release = scheduleQueries.timeline(schedule.programId(), null).rows().stream()
                .filter(row -> row.id() == schedule.release().row().id()).findFirst().orElseThrow();
        assertThat(release.dependsOn()).containsExactlyInAnyOrder(schedule.fixture().row().id(),
                schedule.testPlan().row().id());
    }
}
