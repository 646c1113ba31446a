package com.cohelm.action.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.cohelm.support.TestPrograms.CUSTOMER_LEAD_NAME;
import static com.cohelm.support.TestPrograms.CUSTOMER_MEMBER_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.ConflictDialog.Difference;
import com.cohelm.shell.NotFoundView;
import com.cohelm.shell.ResourceNotFoundView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The action plan page, driven as a person would: the waiting-on-whom panel, the rows, the filters in
 * the address, the form with its messages at the fields, questions answered in place, bulk changes
 * for leads, conflicts, and the same not-found page for another customer's plan.
 */
class ActionsViewTest extends KaribuViewTest {


    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcClient jdbc;

    private long programId;
    private String lead;
    private String member;
    private String viewer;

    @BeforeEach
    void newProgram() {
        var program = testPrograms.create("Plan page");
        programId = program.id();
        lead = program.customerLead();
        member = program.customerMember();
        viewer = program.viewer();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ActionItemView> grid() {
        return _get(Grid.class, spec -> spec.withClasses("actions-grid"));
    }

    private static List<ActionItemView> rows() {
        var grid = grid();
        var size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    private static List<String> titles() {
        return rows().stream().map(ActionItemView::title).toList();
    }

    private static Component cell(String title, String key) {
        var index = titles().indexOf(title);
        assertThat(index).as("row " + title).isNotNegative();
        return GridKt._getCellComponent(grid(), index, key);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private long count() {
        return jdbc.sql("select count(*) from action_item").query(Long.class).single();
    }

    private ActionItemView create(String login, String assignee, String title, boolean question) {
        signIn.as(login);
        try {
            return actions.create(programId, ActionDraft.manual(title, null, demo.personId(assignee),
                    TestClock.today().plusDays(5), question));
        } finally {
            signIn.out();
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PersonSummary> person(String label) {
        var dialogs = _find(Dialog.class);
        return dialogs.isEmpty() ? _get(ComboBox.class, spec -> spec.withLabel(label))
                : _get(dialogs.getFirst(), ComboBox.class, spec -> spec.withLabel(label));
    }

    private static List<String> offered(ComboBox<PersonSummary> box) {
        return box.getListDataView().getItems().map(PersonSummary::displayName).toList();
    }

    private static void choose(ComboBox<PersonSummary> box, String name) {
        _setValue(box, box.getListDataView().getItems().filter(p -> p.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not offered")));
    }

    @Test
    void theDemoPlanShowsWhoIsWaitingOnWhomAndTheItems() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/actions");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ActionsView.class);

        var cards = _find(Card.class, spec -> spec.withClasses("waiting-card"));
        assertThat(cards).hasSize(2);
        assertThat(text(cards.getFirst())).contains("Waiting on Northwind Test Systems", "overdue", "Overdue",
                "Oldest open for");
        assertThat(text(cards.getLast())).contains("Waiting on Brightline Consumer Electronics");
        assertThat(titles()).contains("Parallel flashing on all six stations", "Please confirm the launch build date",
                "Which test fixtures does line 2 use?");
        // Bea may answer the open question addressed to her side, not the one she asked the supplier.
        assertThat(_find((Component) cell("Please confirm the launch build date", "buttons"), Button.class,
                spec -> spec.withText("Answer"))).hasSize(1);
        assertThat(_find((Component) cell("What is the rollback plan if 3.2 fails on the line?", "buttons"),
                Button.class, spec -> spec.withText("Answer"))).isEmpty();
        assertThat(text(cell("Which test fixtures does line 2 use?", "title")))
                .contains("Question", "Asked by Sam Okafor", "Ben Adeyemi answered: The FX-200 bed of nails");
        assertThat(text(cell("Parallel flashing on all six stations", "dueDate"))).contains("Overdue");
        assertThat(text(cell("Station log upload to the MES", "title")))
                .contains("Waiting on: Brightline's MES credentials");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download the action plan (CSV)"))).isNotNull();
    }

    @Test
    void onAPhoneEachRowIsACardWithTheEssentialFieldsAndTheFiltersFoldAway() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/actions");
        // Overdue first, then open by due date, done last
        assertThat(rows().getFirst().overdue()).isTrue();
        assertThat(rows().getLast().status()).isEqualTo(ActionStatus.DONE);
        assertThat(rows().stream().map(ActionItemView::status).dropWhile(ActionStatus::isOpen))
                .allMatch(status -> status == ActionStatus.DONE);

        // A window of unknown width counts as wide: the card column waits for a phone
        assertThat(grid().getColumnByKey("card").isVisible()).isFalse();
        assertThat(grid().getColumnByKey("title").isVisible()).isTrue();
        var card = (Component) cell("Please confirm the launch build date", "card");
        assertThat(text(card)).contains("Please confirm the launch build date", "Asked by Sam Okafor", "Due ",
                "Bea Lindqvist", "Age ");
        assertThat(_find(card, Button.class, spec -> spec.withText("Answer"))).hasSize(1);
        assertThat(_find(card, Select.class)).as("the status changes in one step there too").hasSize(1);
        assertThat(text(cell("Parallel flashing on all six stations", "card"))).contains("Overdue");

        var toggle = _get(Button.class, spec -> spec.withClasses("filter-toggle-button"));
        assertThat(toggle.getText()).isEqualTo("Filters");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        var panel = _get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                spec -> spec.withClasses("filter-panel"));
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(panel.getId().orElseThrow());
        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(panel.hasClassName("open")).isTrue();
        _setValue(_get(Select.class, spec -> spec.withLabel("Waiting on")), com.cohelm.security.Side.SUPPLIER);
        assertThat(toggle.getText()).as("how many filters are set").isEqualTo("Filters (1)");
    }

    @Test
    void aMemberAddsAnActionThroughTheForm() {
        login(member);
        navigate("programs/" + programId + "/actions");
        _click(_get(Button.class, spec -> spec.withText("New action")));
        _get(Dialog.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Ship two spare fixtures");
        var assignee = person("Assignee");
        assertThat(offered(assignee)).containsExactlyInAnyOrder("Sam Okafor", "Tomás Ferreira", CUSTOMER_LEAD_NAME,
                CUSTOMER_MEMBER_NAME);
        choose(assignee, "Tomás Ferreira");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Due date")), TestClock.today().plusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        _assertNone(Dialog.class);
        assertThat(titles()).containsExactly("Ship two spare fixtures");
        assertThat(text(cell("Ship two spare fixtures", "assignee"))).contains("Tomás Ferreira");
        assertThat(text(_find(Card.class, spec -> spec.withClasses("waiting-card")).getFirst()))
                .contains("1 open · 0 overdue");
    }

    @Test
    void badInputIsShownAtTheFieldAndNothingIsSaved() {
        login(member);
        navigate("programs/" + programId + "/actions");
        var before = count();
        _click(_get(Button.class, spec -> spec.withText("New action")));
        choose(person("Assignee"), "Sam Okafor");
        var due = _get(DatePicker.class, spec -> spec.withLabel("Due date"));
        _setValue(due, TestClock.today().minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        _get(Dialog.class);
        var title = _get(TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Required");
        assertThat(due.isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);

        // The service says it again when the picker's own check is passed by
        due.setMin(null);
        _setValue(title, "Too late");
        _setValue(due, TestClock.today().minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _get(Dialog.class);
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("The due date cannot be before today.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aQuestionGoesToTheOtherSideAndIsAnsweredInPlace() {
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs/" + programId + "/actions");
        _click(_get(Button.class, spec -> spec.withText("Ask a question")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your question")), "Which flashing jig do you use?");
        var to = person("Addressed to");
        assertThat(offered(to)).containsExactlyInAnyOrder(CUSTOMER_LEAD_NAME, CUSTOMER_MEMBER_NAME);
        choose(to, CUSTOMER_MEMBER_NAME);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Due date")), TestClock.today().plusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find((Component) cell("Which flashing jig do you use?", "buttons"), Button.class,
                spec -> spec.withText("Answer"))).as("the asker does not answer").isEmpty();

        login(member);
        navigate("programs/" + programId + "/actions");
        _click(_get((Component) cell("Which flashing jig do you use?", "buttons"), Button.class,
                spec -> spec.withText("Answer")));
        _click(_get(Button.class, spec -> spec.withText("Send the answer")));
        var answer = _get(TextArea.class, spec -> spec.withLabel("Your answer"));
        assertThat(answer.isInvalid()).as("an empty answer").isTrue();
        _setValue(answer, "The JX-4 with pogo pins.");
        _click(_get(Button.class, spec -> spec.withText("Send the answer")));

        _assertNone(Dialog.class);
        var row = rows().getFirst();
        assertThat(row.status()).isEqualTo(ActionStatus.DONE);
        assertThat(text(cell("Which flashing jig do you use?", "title")))
                .contains(CUSTOMER_MEMBER_NAME + " answered: The JX-4 with pogo pins.");
    }

    @Test
    void theViewerReadsOnly() {
        create(DemoLogins.SUPPLIER_MEMBER, member, "Visible to the viewer", false);
        create(DemoLogins.SUPPLIER_MEMBER, member, "A question the viewer cannot answer", true);
        login(viewer);
        navigate("programs/" + programId + "/actions");
        assertThat(titles()).containsExactlyInAnyOrder("Visible to the viewer", "A question the viewer cannot answer");
        _assertNone(Button.class, spec -> spec.withText("New action"));
        _assertNone(Button.class, spec -> spec.withText("Ask a question"));
        _assertNone(Button.class, spec -> spec.withText("Close selected"));
        assertThat(_find((Component) grid(), Button.class)).isEmpty();
        assertThat(_find((Component) grid(), Select.class)).as("no quick status").isEmpty();
        assertThat(grid().getSelectionModel()).isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
    }

    @Test
    void theFiltersLiveInTheAddress() {
        create(DemoLogins.SUPPLIER_MEMBER, member, "For Ben", false);
        create(member, "tomas@northwind.example", "For Tomás", false);
        login(lead);
        navigate("programs/" + programId + "/actions?side=SUPPLIER");
        assertThat(titles()).containsExactly("For Tomás");
        assertThat(_get(Select.class, spec -> spec.withLabel("Waiting on")).getValue())
                .isEqualTo(com.cohelm.security.Side.SUPPLIER);
        navigate("programs/" + programId + "/actions?assignee=" + demo.personId(member));
        assertThat(titles()).containsExactly("For Ben");
        navigate("programs/" + programId + "/actions?status=DONE");
        assertThat(titles()).isEmpty();
    }

    @Test
    void aLeadClosesAndReassignsSelectedItems() {
        create(DemoLogins.SUPPLIER_MEMBER, member, "One", false);
        create(DemoLogins.SUPPLIER_MEMBER, member, "Two", false);
        create(DemoLogins.SUPPLIER_MEMBER, member, "Ask", true);
        login(lead); // the customer lead
        navigate("programs/" + programId + "/actions");
        var grid = grid();
        rows().forEach(grid::select);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> reassignTo = _get(ComboBox.class, spec -> spec.withClasses("bulk-assignee"));
        assertThat(reassignTo.getAriaLabel()).contains("Reassign to");
        choose(reassignTo, CUSTOMER_LEAD_NAME);
        _click(_get(Button.class, spec -> spec.withText("Reassign selected")));
        assertThat(rows()).allSatisfy(row -> assertThat(row.assignee().displayName()).isEqualTo(CUSTOMER_LEAD_NAME));

        rows().forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withText("Close selected")));
        assertThat(rows()).filteredOn(row -> row.status() == ActionStatus.DONE).extracting(ActionItemView::title)
                .containsExactlyInAnyOrder("One", "Two");
        assertThat(rows()).filteredOn(ActionItemView::question).allMatch(row -> row.status().isOpen());

        login(member); // a member, not a lead
        navigate("programs/" + programId + "/actions");
        _assertNone(Button.class, spec -> spec.withText("Close selected"));
    }

    @Test
    void aConflictingEditShowsBothVersions() {
        var item = create(DemoLogins.SUPPLIER_MEMBER, member, "Original title", false);
        login(member);
        navigate("programs/" + programId + "/actions");
        _click(_get((Component) cell("Original title", "buttons"), Button.class, spec -> spec.withText("Edit")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Ben's title");

        signIn.as(lead);
        actions.changeStatus(programId, item.id(), item.version(), ActionStatus.IN_PROGRESS, null);
        login(member);

        _click(_get(Button.class, spec -> spec.withText("Save")));
        var conflict = _get(ConflictDialog.class);
        @SuppressWarnings("unchecked")
        Grid<Difference> differences = _get(conflict, Grid.class);
        assertThat(GridKt._fetch(differences, 0, GridKt._size(differences))).containsExactly(
                new Difference("Title", "Ben's title", "Original title"),
                new Difference("Status", "Open", "In progress"));
        _click(_get(conflict, Button.class, spec -> spec.withText("Keep the saved version")));
        assertThat(titles()).containsExactly("Original title");
        assertThat(rows().getFirst().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void anotherCustomersPlanLooksExactlyLikeAMissingPage() {
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("programs/not-a-program/actions");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        var notFound = text(UI.getCurrent().getCurrentView());
        navigate("programs/" + programId + "/actions");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, ResourceNotFoundView.class);
        assertThat(text(UI.getCurrent().getCurrentView())).isEqualTo(notFound);
        navigate("programs/999999999/actions");
        assertThat(text(UI.getCurrent().getCurrentView())).isEqualTo(notFound);
    }

    /** Issue 28 §5: another program's item under this program's address opens nothing and is audited. */
    @Test
    void anotherProgramsItemInTheAddressOpensNothingAndIsRecordedAsRefused() {
        var foreign = jdbc.sql("select min(id) from action_item where program_id <> ?").param(programId)
                .query(Long.class).single();
        login(lead);
        var before = refusals(lead, foreign);
        navigate("programs/" + programId + "/actions?item=" + foreign);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ActionsView.class);
        _assertNone(Dialog.class);
        assertThat(refusals(lead, foreign)).isEqualTo(before + 1);
    }

    private long refusals(String email, long subjectId) {
        return jdbc.sql("select count(*) from activity_event where kind = 'ACCESS_DENIED' and actor_id = ?"
                + " and subject_type = 'action' and subject_id = ?").params(demo.personId(email), subjectId)
                .query(Long.class).single();
    }
}
