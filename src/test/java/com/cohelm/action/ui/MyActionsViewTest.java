package com.cohelm.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My actions": what is assigned to me across my programs, overdue first, changed in one step. */
class MyActionsViewTest extends KaribuViewTest {


    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private static Grid<ActionItemView> grid() {
        return _get(Grid.class, spec -> spec.withClasses("my-actions-grid"));
    }

    private static List<ActionItemView> rows() {
        var grid = grid();
        var size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    private static Component cell(String title, String column) {
        var index = rows().stream().map(ActionItemView::title).toList().indexOf(title);
        assertThat(index).as("row " + title).isNotNegative();
        return GridKt._getCellComponent(grid(), index, column);
    }

    @Test
    void myOpenItemsAcrossProgramsOverdueFirstWithQuickStatusChange() {
        var program = testPrograms.create("My actions");
        var programId = program.id();
        var ben = program.customerMember();
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var later = actions.create(programId, ActionDraft.manual("Later for my actions", null, demo.personId(ben),
                TestClock.today().plusDays(9), false));
        var overdue = actions.create(programId, ActionDraft.manual("Overdue for my actions", null,
                demo.personId(ben),
                TestClock.today().plusDays(1), false));
        actions.create(programId, ActionDraft.manual("Ben's jig question", null, demo.personId(ben),
                TestClock.today().plusDays(3), true));
        actions.create(programId, ActionDraft.manual("Not Ben's, my actions", null, demo.personId(program.customerLead()),
                TestClock.today().plusDays(3), false));
        signIn.out();
        jdbc.sql("update action_item set due_date = ? where id = ?").params(TestClock.today().minusDays(4), overdue.id())
                .update();

        login(ben);
        navigate("my-actions");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyActionsView.class);
        var mine = rows().stream().filter(r -> r.programId() == programId).map(ActionItemView::title).toList();
        assertThat(mine).containsExactly("Overdue for my actions", "Ben's jig question", "Later for my actions");
        assertThat(cell("Overdue for my actions", "dueDate").getElement().getTextRecursively()).contains("Overdue");
        assertThat(_find(cell("Ben's jig question", "buttons"), Button.class, spec -> spec.withText("Answer")))
                .hasSize(1);

        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = (Select<ActionStatus>) cell("Later for my actions", "status");
        assertThat(status.getListDataView().getItems()).contains(ActionStatus.DONE);
        _setValue(status, ActionStatus.BLOCKED);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Waiting on")), "The fixture from Shenzhen");
        _click(_get(Button.class, spec -> spec.withText("Mark as blocked")));
        assertThat(jdbc.sql("select concat(status, ':', blocked_on) from action_item where id = ?").param(later.id())
                .query(String.class).single()).isEqualTo("BLOCKED:The fixture from Shenzhen");

        @SuppressWarnings("unchecked")
        Select<ActionStatus> again = (Select<ActionStatus>) cell("Later for my actions", "status");
        _setValue(again, ActionStatus.DONE);
        assertThat(rows()).extracting(ActionItemView::title).doesNotContain("Later for my actions");

        @SuppressWarnings("unchecked")
        Select<ActionStatus> questionStatus = (Select<ActionStatus>) cell("Ben's jig question", "status");
        assertThat(questionStatus.getListDataView().getItems()).doesNotContain(ActionStatus.DONE);
        _click(_get(cell("Ben's jig question", "buttons"), Button.class, spec -> spec.withText("Answer")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your answer")), "Yes.");
        _click(_get(Button.class, spec -> spec.withText("Send the answer")));
        assertThat(rows()).extracting(ActionItemView::title).doesNotContain("Ben's jig question");
    }

    @Test
    void aCustomerSeesOnlyTheirOwnProgramsItems() {
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("my-actions");
        assertThat(rows()).extracting(ActionItemView::title)
                .contains("Deliver the cell controller specification", "Please send the yield data export format")
                .allSatisfy(title -> assertThat(title).isNotEqualTo("Send the calibrated fixture drawings"));
        assertThat(rows()).allMatch(row -> row.programName().equals(DemoLogins.VERDANT_PROGRAM));
        assertThat(rows().getFirst().overdue()).isTrue();
    }

    @Test
    void someoneWithNothingAssignedIsToldWhereToLook() {
        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("my-actions");
        assertThat(rows()).isEmpty();
        assertThat(grid().getEmptyStateText()).startsWith("Nothing assigned to you is open.");
    }
}
