package com.cohelm.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.feedback.FeedbackItemDraft;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackResponseDraft;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.feedback.FeedbackStatus;
import com.cohelm.feedback.PulseAnswerDraft;
import com.cohelm.feedback.PulseQuestion;
import com.cohelm.feedback.PulseService;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.cohelm.support.TestSchedules;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feedback page's three edit dialogs save only what they show: rewording an item (about a goal and a
 * milestone, its author shown as "a member of" the customer), the addressed side's response, and "Change your
 * answers" to an open pulse. Saved untouched, none changes a row; one field changed changes that field only.
 */
class FeedbackEditDialogsTest extends EditDialogTest {

    private static final String TITLE = "Drawings arrive late";
    /** The author is shown to the supplier as "a member of" the customer: the audit log keeps who it was. */
    private static final List<String> AUTHOR_SHOWN_AS_ORGANIZATION = List.of("FEEDBACK_EDITED",
            "FEEDBACK_AUTHOR_RECORDED");

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    TestSchedules schedules;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PulseService pulseService;

    /** The customer member's criticism about the goal and the release milestone, acknowledged by Sam with a word. */
    private TestProgram programWithFeedback() {
        var program = testPrograms.create("Feedback dialogs");
        var schedule = schedules.linked(program.id());
        signIn.as(program.customerMember());
        try {
            var item = feedback.create(program.id(), new FeedbackItemDraft(FeedbackKind.CRITICISM, TITLE,
                    "Twice this month the drawings came after the build started.", schedule.goalId(),
                    schedule.release().row().id(), true));
            signIn.as(DemoLogins.SUPPLIER_MEMBER);
            feedback.respond(program.id(), item.id(), item.version(), new FeedbackResponseDraft(
                    FeedbackStatus.ACKNOWLEDGED, "We send them a week ahead from now on.", null, null));
            return program;
        } finally {
            signIn.out();
        }
    }

    /** An open pulse the customer member answered. */
    private TestProgram programWithAnsweredPulse() {
        var program = testPrograms.create("Pulse dialog");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            var pulse = pulseService.openPulse(program.id(), TestClock.today().plusDays(7));
            signIn.as(program.customerMember());
            pulseService.answer(program.id(), pulse.id(), null, new PulseAnswerDraft(Map.of(
                    PulseQuestion.COMMUNICATION, 4, PulseQuestion.RESPONSIVENESS, 3, PulseQuestion.QUALITY, 5,
                    PulseQuestion.SCHEDULE, 2), 8, "Good people, late drawings", false));
            return program;
        } finally {
            signIn.out();
        }
    }

    private Dialog openFromRow(TestProgram program, String who, String button, String dialogClass) {
        login(who);
        navigate("programs/" + program.id() + "/feedback");
        @SuppressWarnings("unchecked")
        Grid<FeedbackItemView> grid = _get(Grid.class, spec -> spec.withClasses("feedback-grid"));
        var row = GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(FeedbackItemView::title).toList()
                .indexOf(TITLE);
        assertThat(row).isNotNegative();
        click((Component) GridKt._getCellComponent(grid, row, "buttons"), button);
        return dialog(dialogClass);
    }

    private Dialog openPulseAnswers(TestProgram program) {
        login(program.customerMember());
        navigate("programs/" + program.id() + "/feedback");
        click("Change your answers");
        return dialog("pulse-answer-dialog");
    }

    @Test
    void rewordingSavedUntouchedChangesNothing() {
        var program = programWithFeedback();
        assertNothingChanged(changesOf(() -> click(openFromRow(program, program.customerMember(), "Edit",
                "feedback-form"), "Save")));
    }

    @Test
    void rewordingTheTitleKeepsTheEarlierWordingAndChangesNothingElse() {
        var program = programWithFeedback();
        var changes = changesOf(() -> {
            var dialog = openFromRow(program, program.customerMember(), "Edit", "feedback-form");
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Title")), "Drawings arrive after the build");
            click(dialog, "Save");
        });
        assertOnlyChanged(changes, AUTHOR_SHOWN_AS_ORGANIZATION, "feedback_item.title", "feedback_item.updated_at",
                "feedback_item.version", "+feedback_item_revision");
    }

    @Test
    void unlinkingTheMilestoneChangesOnlyThatLink() {
        var program = programWithFeedback();
        var changes = changesOf(() -> {
            var dialog = openFromRow(program, program.customerMember(), "Edit", "feedback-form");
            _setValue(EditDialogTest.<MilestoneRef>combo(dialog, "About a milestone"), null);
            click(dialog, "Save");
        });
        assertOnlyChanged(changes, AUTHOR_SHOWN_AS_ORGANIZATION, "feedback_item.milestone_id", "feedback_item.updated_at",
                "feedback_item.version");
    }

    @Test
    void theResponseSavedUntouchedChangesNothing() {
        var program = programWithFeedback();
        assertNothingChanged(changesOf(() -> click(openFromRow(program, DemoLogins.SUPPLIER_MEMBER, "Respond",
                "respond-dialog"), "Save the response")));
    }

    @Test
    void changingTheResponseChangesOnlyIt() {
        var program = programWithFeedback();
        var changes = changesOf(() -> {
            var dialog = openFromRow(program, DemoLogins.SUPPLIER_MEMBER, "Respond", "respond-dialog");
            _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Response")), "Ten days ahead.");
            click(dialog, "Save the response");
        });
        assertOnlyChanged(changes, "FEEDBACK_RESPONDED", "feedback_item.response", "feedback_item.responded_at",
                "feedback_item.updated_at", "feedback_item.version");
    }

    @Test
    void pulseAnswersSavedUntouchedChangeNothing() {
        var program = programWithAnsweredPulse();
        assertNothingChanged(changesOf(() -> click(openPulseAnswers(program), "Save my answers")));
    }

    @Test
    void changingThePulseCommentChangesOnlyIt() {
        var program = programWithAnsweredPulse();
        var changes = changesOf(() -> {
            var dialog = openPulseAnswers(program);
            _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Comment")), "Good people");
            click(dialog, "Save my answers");
        });
        assertOnlyChanged(changes, "PULSE_ANSWERED", "pulse_response.comment", "pulse_response.updated_at",
                "pulse_response.version");
    }
}
