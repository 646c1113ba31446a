package com.cohelm.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The action form saves only what it shows: an action (open, in progress, or blocked with what it waits on)
 * or a question saved untouched changes no row; one field changed changes that column only, with its event.
 */
class ActionEditDialogTest extends EditDialogTest {

    private static final String TITLE = "Send the fixture drawings";

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ActionService actions;
    @Autowired
    DemoPrograms demo;

    /** An item Sam gives the customer member, with details, in the state given. */
    private TestProgram programWithItem(ActionStatus status, boolean question) {
        var program = testPrograms.create("Action dialog");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            var item = actions.create(program.id(), new ActionDraft(TITLE, "Both revisions, as PDF",
                    demo.personId(program.customerMember()), TestClock.today().plusDays(5), ActionStatus.OPEN, null,
                    question, ActionOrigin.MANUAL, null));
            if (status != ActionStatus.OPEN) {
                actions.changeStatus(program.id(), item.id(), item.version(), status,
                        status == ActionStatus.BLOCKED ? "The customer's CAD licence" : null);
            }
            return program;
        } finally {
            signIn.out();
        }
    }

    private Dialog openEditor(TestProgram program) {
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs/" + program.id() + "/actions");
        @SuppressWarnings("unchecked")
        Grid<ActionItemView> grid = _get(Grid.class, spec -> spec.withClasses("actions-grid"));
        var row = GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(ActionItemView::title).toList().indexOf(TITLE);
        assertThat(row).isNotNegative();
        click((Component) GridKt._getCellComponent(grid, row, "buttons"), "Edit");
        return dialog("action-form");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPEN", "IN_PROGRESS", "BLOCKED", "QUESTION"})
    void savingUntouchedChangesNothing(String state) {
        var question = state.equals("QUESTION");
        var program = programWithItem(question ? ActionStatus.OPEN : ActionStatus.valueOf(state), question);
        assertNothingChanged(changesOf(() -> {
            var dialog = openEditor(program);
            click(dialog, "Save");
            assertThat(dialog.isOpened()).isFalse();
        }));
    }

    static Stream<Arguments> oneField() {
        return Stream.of(
                Arguments.of("title", (Consumer<Dialog>) d -> _setValue(_get(d, TextField.class,
                        spec -> spec.withLabel("Title")), "Send the drawings"), "ACTION_UPDATED",
                        new String[] {"action_item.title"}),
                Arguments.of("details", (Consumer<Dialog>) d -> _setValue(_get(d, TextArea.class,
                        spec -> spec.withLabel("Details")), "Revision C only"), "ACTION_UPDATED",
                        new String[] {"action_item.details"}),
                Arguments.of("due date", (Consumer<Dialog>) d -> _setValue(_get(d, DatePicker.class,
                        spec -> spec.withLabel("Due date")), TestClock.today().plusDays(9)), "ACTION_UPDATED",
                        new String[] {"action_item.due_date"}),
                Arguments.of("status", (Consumer<Dialog>) d -> {
                    @SuppressWarnings("unchecked")
                    Select<ActionStatus> status = _get(d, Select.class, spec -> spec.withLabel("Status"));
                    _setValue(status, ActionStatus.IN_PROGRESS);
                }, "ACTION_STATUS_CHANGED", new String[] {"action_item.status"}),
                Arguments.of("assignee", (Consumer<Dialog>) d -> {
                    var assignee = EditDialogTest.<PersonSummary>combo(d, "Assignee");
                    _setValue(assignee, item(assignee, p -> p.displayName().equals(TestPrograms.CUSTOMER_LEAD_NAME)));
                }, "ACTION_REASSIGNED", new String[] {"action_item.assignee_id", "+notification"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneField")
    void changingOneFieldChangesOnlyThatField(String field, Consumer<Dialog> change, String activityKind,
            String[] changed) {
        var program = programWithItem(ActionStatus.OPEN, false);
        var changes = changesOf(() -> {
            var dialog = openEditor(program);
            change.accept(dialog);
            click(dialog, "Save");
        });
        var expected = Stream.concat(Stream.of(changed), Stream.of("action_item.updated_at", "action_item.version"))
                .toArray(String[]::new);
        assertOnlyChanged(changes, activityKind, expected);
    }
}
