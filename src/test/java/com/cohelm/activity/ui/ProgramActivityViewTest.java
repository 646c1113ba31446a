package com.cohelm.activity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.FeedEntry;
import com.cohelm.shell.NotFoundView;
import com.cohelm.security.Side;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPrograms;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A program's feed: newest first, filtered by kind and side, without internal events for customers. */
class ProgramActivityViewTest extends KaribuViewTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ActivityRecorder recorder;

    @SuppressWarnings("unchecked")
    private static Grid<FeedEntry> grid() {
        return _get(Grid.class, spec -> spec.withClasses("activity-grid"));
    }

    private static List<FeedEntry> rows() {
        var grid = grid();
        var size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    private TestPrograms.TestProgram program() {
        var program = testPrograms.create("Feed page");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        recorder.record(ActivityEntry.of(ActivityKind.GOAL_NOTE_ADDED).program(program.id())
                .subject("goal", 1L, "Internal pricing note").supplierInternal());
        signIn.as(program.customerLead());
        recorder.record(ActivityEntry.of(ActivityKind.QUESTION_ANSWERED).program(program.id())
                .subject("action", 1L, "Which fixtures?"));
        signIn.out();
        return program;
    }

    @Test
    void theSupplierSeesEverythingNewestFirstWithWhoAndWhat() {
        var program = program();
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs/" + program.id() + "/activity");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProgramActivityView.class);
        var rows = rows();
        assertThat(rows.getFirst().event().kind()).isEqualTo(ActivityKind.QUESTION_ANSWERED);
        assertThat(GridKt._getFormattedRow(grid(), 0)).anyMatch(cell -> cell.contains(TestPrograms.CUSTOMER_LEAD_NAME
                + " answered Which fixtures?"));
        assertThat(rows).extracting(e -> e.event().subjectLabel()).contains("Internal pricing note");

        @SuppressWarnings("unchecked")
        Select<Side> side = _get(Select.class, spec -> spec.withLabel("Side"));
        LocatorJ._setValue(side, Side.CUSTOMER);
        assertThat(rows()).isNotEmpty().allSatisfy(e -> assertThat(e.event().actorSide()).isEqualTo(Side.CUSTOMER));
        LocatorJ._setValue(side, null);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ActivityKind> kinds = _get(MultiSelectComboBox.class, spec -> spec.withLabel("What"));
        LocatorJ._setValue(kinds, Set.of(ActivityKind.PROGRAM_MEMBER_ADDED));
        assertThat(rows()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.event().kind()).isEqualTo(ActivityKind.PROGRAM_MEMBER_ADDED));
    }

    @Test
    void customersNeverSeeInternalEvents() {
        var program = program();
        login(program.viewer());
        navigate("programs/" + program.id() + "/activity");
        assertThat(rows()).isNotEmpty().extracting(e -> e.event().subjectLabel())
                .doesNotContain("Internal pricing note");
        assertThat(rows()).noneMatch(e -> e.event().supplierInternal());
    }

    @Test
    void anotherCustomersFeedIsNotFound() {
        var program = program();
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + program.id() + "/activity");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void eachRowLinksToWhatItIsAboutWithAKeyboardReachableLink() {
        var program = program();
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs/" + program.id() + "/activity");
        var rows = rows();
        var question = rows.indexOf(rows.stream().filter(e -> e.event().kind() == ActivityKind.QUESTION_ANSWERED)
                .findFirst().orElseThrow());
        var link = GridKt._getCellComponent(grid(), question, "what");
        assertThat(link).isInstanceOf(com.vaadin.flow.component.html.Anchor.class);
        assertThat(((com.vaadin.flow.component.html.Anchor) link).getHref())
                .isEqualTo("programs/" + program.id() + "/actions?item=1");
        assertThat(((com.vaadin.flow.component.html.Anchor) link).getText())
                .isEqualTo(TestPrograms.CUSTOMER_LEAD_NAME + " answered Which fixtures?");
        var note = rows.indexOf(rows.stream().filter(e -> e.event().kind() == ActivityKind.GOAL_NOTE_ADDED)
                .findFirst().orElseThrow());
        assertThat(((com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(grid(), note, "what")).getHref())
                .isEqualTo("programs/" + program.id() + "/goals/1");
        var member = rows.indexOf(rows.stream().filter(e -> e.event().kind() == ActivityKind.PROGRAM_MEMBER_ADDED)
                .findFirst().orElseThrow());
        assertThat(GridKt._getCellComponent(grid(), member, "what")).as("a person has no page here")
                .isNotInstanceOf(com.vaadin.flow.component.html.Anchor.class);
    }
}
