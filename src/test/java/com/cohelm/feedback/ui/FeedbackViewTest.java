package com.cohelm.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.feedback.PulseService;
import com.cohelm.shell.NotFoundView;
import com.cohelm.feedback.FeedbackItemDraft;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.feedback.FeedbackStatus;
import com.cohelm.feedback.PulseAnswerDraft;
import com.cohelm.feedback.PulseQuestion;
import com.cohelm.feedback.PulseTrendPoint;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feedback page driven as a person would: pulses blind until both sides answer, then results with
 * the net promoter score, the perception gap and the trend; feedback given through the form with its
 * messages at the fields, answered by the addressed side, reworded with its history; the viewer reads;
 * another customer's page is not found.
 */
class FeedbackViewTest extends KaribuViewTest {

    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PulseService pulseService;
    @Autowired
    JdbcClient jdbc;

    private TestProgram program;

    @BeforeEach
    void newProgram() {
        program = testPrograms.create("Feedback page");
    }

    @SuppressWarnings("unchecked")
    private static Grid<FeedbackItemView> grid() {
        return _get(Grid.class, spec -> spec.withClasses("feedback-grid"));
    }

    private static List<FeedbackItemView> rows() {
        var grid = grid();
        var size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    private static Component cell(String title, String key) {
        var index = rows().stream().map(FeedbackItemView::title).toList().indexOf(title);
        assertThat(index).as("row " + title).isNotNegative();
        return GridKt._getCellComponent(grid(), index, key);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String cardText(String className) {
        return text(_get(Card.class, spec -> spec.withClasses(className)));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void open(String login) {
        login(login);
        navigate("programs/" + program.id() + "/feedback");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(FeedbackView.class);
    }

    @SuppressWarnings("unchecked")
    private static void rate(String label, int value) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel(label)), value);
    }

    @Test
    void theDemoShowsResultsNpsThePerceptionGapAndTheTrend() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/feedback");
        // Bea answered the open pulse: she sees her answers are in, and that it is still blind
        assertThat(cardText("pulse-card")).contains("Open until", "You answered", "Blind");
        _get(Button.class, spec -> spec.withText("Change your answers"));
        // The revealed pulse before it: Brightline rates the supplier 4.5, the supplier rates specs 2
        assertThat(cardText("results-card")).contains("Brightline Consumer Electronics rates Northwind Test Systems",
                "4.5", "Clarity of specs: 2.0", "+100 (2 promoters, 0 passives, 0 detractors)");
        assertThat(cardText("gap-card")).contains("The views differ most on Information:"
                + " Brightline Consumer Electronics sees it better, by 3.0 points.");
        @SuppressWarnings("unchecked")
        Grid<PulseTrendPoint> trend = _get(Grid.class, spec -> spec.withClasses("trend-grid"));
        assertThat(GridKt._size(trend)).isEqualTo(1);
        assertThat(rows()).extracting(FeedbackItemView::title).contains("Flashing over USB saved us a day per batch",
                "MES credentials have been pending for ten days");
        _assertNone(Button.class, spec -> spec.withText("Open a pulse"));

        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/feedback");
        assertThat(cardText("pulse-card")).contains("Blind", "Answers from Brightline Consumer Electronics1")
                .doesNotContain("rollback plan");
        _get(Button.class, spec -> spec.withText("Answer the pulse"));
        _get(Button.class, spec -> spec.withText("Close the pulse"));
        assertThat(_get(Button.class, spec -> spec.withText("Open a pulse")).isEnabled()).isFalse();
    }

    @Test
    void aCustomerAnswersThePulseAndTheSupplierSeesNothingUntilItAnswersToo() {
        login(DemoLogins.SUPPLIER_MEMBER);
        var pulse = pulseService.openPulse(program.id(), TestClock.today().plusDays(5));
        // The customer lead and Sam have answered already: Tomás is the last one asked.
        pulseService.answer(program.id(), pulse.id(), null, new PulseAnswerDraft(Map.of(PulseQuestion.SPEC_CLARITY, 4,
                PulseQuestion.FEEDBACK_SPEED, 3, PulseQuestion.DECISION_ACCESS, 2), null, null, false));
        signIn.as(program.customerLead());
        pulseService.answer(program.id(), pulse.id(), null, new PulseAnswerDraft(Map.of(PulseQuestion.COMMUNICATION, 4,
                PulseQuestion.RESPONSIVENESS, 4, PulseQuestion.QUALITY, 4, PulseQuestion.SCHEDULE, 4), 10, null, false));
        signIn.out();

        open(program.customerMember());
        _click(_get(Button.class, spec -> spec.withText("Answer the pulse")));
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Communication of Northwind Test Systems"))
                .isInvalid()).as("nothing chosen").isTrue();
        assertThat(count("pulse_response where respondent_id = " + demo.personId(program.customerMember()))).isZero();
        rate("Communication of Northwind Test Systems", 5);
        rate("Responsiveness of Northwind Test Systems", 4);
        rate("Quality of the work of Northwind Test Systems", 4);
        rate("Northwind Test Systems keeps to the schedule", 2);
        rate("How likely are you to recommend Northwind Test Systems?", 9);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Comment")), "Dates slip without notice");
        _assertNone(Checkbox.class, spec -> spec.withLabel("Internal: never shown to " + program.customerName()));
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
        _assertNone(Dialog.class);
        assertThat(cardText("pulse-card")).contains("You answered", "Blind");

        open(TOMAS);
        assertThat(cardText("pulse-card")).contains("Blind");
        assertThat(_find(Card.class, spec -> spec.withClasses("results-card"))).isEmpty();
        assertThat(text(UI.getCurrent().getCurrentView())).doesNotContain("Dates slip without notice");
        _click(_get(Button.class, spec -> spec.withText("Answer the pulse")));
        rate("Clarity of the specifications from " + program.customerName(), 2);
        rate("Speed of feedback from " + program.customerName(), 3);
        rate("Access to the decision makers of " + program.customerName(), 4);
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));

        assertThat(cardText("pulse-card")).contains("Revealed");
        assertThat(cardText("results-card")).contains("+100 (2 promoters, 0 passives, 0 detractors)",
                "Schedule: 3.0");
        _assertNone(Button.class, spec -> spec.withText("Change your answers"));
        assertThat(cardText("gap-card")).contains("Information");
        assertThat(cardText("pulse-comments")).contains("Dates slip without notice");
    }

    @Test
    void feedbackIsGivenThroughTheFormWithMessagesAtTheFieldsAndTheAnonymityExplained() {
        open(program.customerMember());
        var before = count("feedback_item");
        _click(_get(Button.class, spec -> spec.withText("Give feedback")));
        var anonymous = _get(Checkbox.class, spec -> spec.withLabel("Show me to the supplier as a member of "
                + program.customerName()));
        assertThat(anonymous.getHelperText()).contains("Your name is still kept in the audit log, which only supplier"
                + " admins can read.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Nobody told us about the slip");
        _click(_get(Button.class, spec -> spec.withText("Send")));
        var body = _get(TextArea.class, spec -> spec.withLabel("What you want to say"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Say what you want to say.");
        assertThat(count("feedback_item")).isEqualTo(before);
        _setValue(body, "We learned it from the timeline.");
        _setValue(anonymous, true);
        _click(_get(Button.class, spec -> spec.withText("Send")));
        _assertNone(Dialog.class);
        assertThat(text(cell("Nobody told us about the slip", "from"))).contains(TestPrograms.CUSTOMER_MEMBER_NAME,
                "shown to the supplier as a member of the organization");

        open(TOMAS);
        assertThat(text(cell("Nobody told us about the slip", "from"))).contains("A member of " + program.customerName())
                .doesNotContain(TestPrograms.CUSTOMER_MEMBER_NAME);
        _assertNone(Checkbox.class, spec -> spec.withLabel("Show me to the supplier as a member of "
                + program.customerName()));
    }

    @Test
    void theAddressedSideRespondsAndTheAuthorsRewordingKeepsItsHistory() {
        signIn.as(program.customerLead());
        var item = feedback.create(program.id(), new FeedbackItemDraft(FeedbackKind.CRITICISM, "Reports are late",
                "Every Monday we wait.", null, null, false));
        signIn.out();
        open(program.customerLead());
        assertThat(_find((Component) cell("Reports are late", "buttons"), Button.class,
                spec -> spec.withText("Respond"))).as("not to one's own side's feedback").isEmpty();
        _click(_get((Component) cell("Reports are late", "buttons"), Button.class, spec -> spec.withText("Edit")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What you want to say")), "Every Monday we wait a day.");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(text(cell("Reports are late", "item"))).contains("Edited; earlier wordings kept: 1");

        open(DemoLogins.SUPPLIER_MEMBER);
        _click(_get((Component) cell("Reports are late", "buttons"), Button.class, spec -> spec.withText("Respond")));
        @SuppressWarnings("unchecked")
        Select<FeedbackStatus> status = _get(_get(Dialog.class), Select.class, spec -> spec.withLabel("Status"));
        _setValue(status, FeedbackStatus.RESOLVED);
        _click(_get(Button.class, spec -> spec.withText("Save the response")));
        var learned = _get(TextArea.class, spec -> spec.withLabel("What we learned"));
        assertThat(learned.isInvalid()).isTrue();
        assertThat(jdbc.sql("select status from feedback_item where id = ?").param(item.id()).query(String.class)
                .single()).isEqualTo("OPEN");
        _setValue(learned, "Reports go out on Friday now.");
        _click(_get(Button.class, spec -> spec.withText("Save the response")));
        _assertNone(Dialog.class);
        assertThat(text(cell("Reports are late", "item"))).contains("What we learned: Reports go out on Friday now.");
        assertThat(text(cell("Reports are late", "status"))).contains("Resolved");

        // Both sides read the earlier wording
        navigate("programs/" + program.id() + "/feedback?item=" + item.id());
        var dialog = _get(Dialog.class, spec -> spec.withClasses("feedback-item-dialog"));
        assertThat(text(dialog)).contains("Earlier wordings", "Every Monday we wait.", TestPrograms.CUSTOMER_LEAD_NAME,
                "Every Monday we wait a day.");
    }

    @Test
    void aStaleEditShowsBothVersions() {
        signIn.as(program.customerLead());
        var item = feedback.create(program.id(), new FeedbackItemDraft(FeedbackKind.IDEA, "Weekly demo",
                "A short demo every Friday.", null, null, false));
        signIn.out();
        open(program.customerLead());
        _click(_get((Component) cell("Weekly demo", "buttons"), Button.class, spec -> spec.withText("Edit")));
        signIn.as(program.customerLead());
        feedback.edit(program.id(), item.id(), item.version(), new FeedbackItemDraft(FeedbackKind.IDEA, "Weekly demo",
                "A short demo every Thursday.", null, null, false));
        login(program.customerLead());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What you want to say")), "A demo every Monday.");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var conflict = _get(ConflictDialog.class);
        @SuppressWarnings("unchecked")
        Grid<ConflictDialog.Difference> differences = _get(conflict, Grid.class);
        assertThat(GridKt._fetch(differences, 0, GridKt._size(differences))).containsExactly(
                new ConflictDialog.Difference("What you want to say", "A demo every Monday.",
                        "A short demo every Thursday."));
        // Keeping mine saves it over theirs, and theirs goes to the history
        _click(_get(conflict, Button.class, spec -> spec.withText("Save mine over it")));
        assertThat(feedback.history(program.id(), item.id())).extracting(r -> r.body())
                .containsExactly("A short demo every Thursday.", "A short demo every Friday.");
    }

    @Test
    void theViewerReadsOnlyAndAnotherCustomersPageIsNotFound() {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        feedback.create(program.id(), new FeedbackItemDraft(FeedbackKind.PRAISE, "Great kickoff", "Thanks.", null,
                null, false));
        pulseService.openPulse(program.id(), TestClock.today().plusDays(5));
        signIn.out();
        open(program.viewer());
        assertThat(rows()).extracting(FeedbackItemView::title).containsExactly("Great kickoff");
        _assertNone(Button.class, spec -> spec.withText("Give feedback"));
        _assertNone(Button.class, spec -> spec.withText("Answer the pulse"));
        assertThat(_find((Component) grid(), Button.class)).isEmpty();

        login("carl@calloway.example");
        navigate("programs/" + program.id() + "/feedback");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("programs/abc/feedback");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aSupplierLeadOpensAPulseAndSetsTheCadence() {
        open(DemoLogins.SUPPLIER_MEMBER);
        assertThat(cardText("pulse-card")).contains("No pulse yet");
        @SuppressWarnings("unchecked")
        Select<com.cohelm.feedback.PulseCadence> cadence = _get(Select.class, spec -> spec.withLabel("Pulses open"));
        _setValue(cadence, com.cohelm.feedback.PulseCadence.QUARTERLY);
        assertThat(jdbc.sql("select cadence from pulse_cadence where program_id = ?").param(program.id())
                .query(String.class).single()).isEqualTo("QUARTERLY");
        _click(_get(Button.class, spec -> spec.withText("Open a pulse")));
        _click(_get(_get(Dialog.class, spec -> spec.withClasses("open-pulse-dialog")), Button.class,
                spec -> spec.withText("Open a pulse")));
        assertThat(cardText("pulse-card")).contains("Open until");
        // Opened in a period of the cadence, it is that period's pulse
        assertThat(jdbc.sql("select period_key from pulse where program_id = ?").param(program.id())
                .query(String.class).single()).isEqualTo(com.cohelm.feedback.PulseCadence.QUARTERLY.periodKey(
                        TestClock.today()));

        open(TOMAS);
        _assertNone(Button.class, spec -> spec.withText("Open a pulse"));
        _assertNone(Select.class, spec -> spec.withLabel("Pulses open"));
    }

    @Test
    void feedbackBecomesAnActionLinkedBothWaysAndTheProgramPageSummarisesIt() {
        signIn.as(program.customerLead());
        var item = feedback.create(program.id(), new FeedbackItemDraft(FeedbackKind.CRITICISM, "Reports lack codes",
                "We cannot tell failures apart.", null, null, false));
        signIn.out();
        open(DemoLogins.SUPPLIER_MEMBER);
        _click(_get((Component) cell("Reports lack codes", "buttons"), Button.class,
                spec -> spec.withText("Plan an action")));
        var dialog = _get(Dialog.class, spec -> spec.withClasses("plan-action-dialog"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<com.cohelm.account.PersonSummary> assignee =
                _get(dialog, com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Assignee"));
        _setValue(assignee, assignee.getListDataView().getItems().filter(p -> p.email().equals(TOMAS)).findFirst()
                .orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Add to the action plan")));
        _assertNone(Dialog.class);
        assertThat(text(cell("Reports lack codes", "status"))).contains("Action planned");
        var link = _get((Component) cell("Reports lack codes", "item"), com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withClasses("feedback-action-link"));
        assertThat(link.getHref()).isEqualTo("programs/" + program.id() + "/actions");

        // The action plan links back to the feedback it came from
        navigate("programs/" + program.id() + "/actions");
        var actionsGrid = _get(Grid.class, spec -> spec.withClasses("actions-grid"));
        assertThat(GridKt._size(actionsGrid)).isEqualTo(1);
        var back = (com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(actionsGrid, 0, "origin");
        assertThat(back.getText()).isEqualTo("Feedback");
        assertThat(back.getHref()).isEqualTo("programs/" + program.id() + "/feedback?item=" + item.id());

        // The program page: the Feedback link and the card with what is open
        navigate("programs/" + program.id());
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("feedback-link"))
                .getHref()).isEqualTo("programs/" + program.id() + "/feedback");
        assertThat(cardText("feedback-summary")).contains("Open feedback: 1, of which criticism: 1",
                "No pulse has been revealed yet.");
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM));
        assertThat(cardText("feedback-summary")).contains("Brightline Consumer Electronics rates Northwind Test Systems"
                + " at 4.5, Northwind Test Systems rates the collaboration at 2.8, NPS +100");
    }

    /** Issue 28 §5: another program's feedback item under this program's address opens nothing and is audited. */
    @Test
    void anotherProgramsItemInTheAddressOpensNothingAndIsRecordedAsRefused() {
        var foreign = jdbc.sql("select min(id) from feedback_item where program_id <> ?").param(program.id())
                .query(Long.class).single();
        var before = refusals(program.customerLead(), foreign);
        open(program.customerLead());
        navigate("programs/" + program.id() + "/feedback?item=" + foreign);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(FeedbackView.class);
        _assertNone(Dialog.class);
        assertThat(refusals(program.customerLead(), foreign)).isEqualTo(before + 1);
    }

    private long refusals(String email, long subjectId) {
        return jdbc.sql("select count(*) from activity_event where kind = 'ACCESS_DENIED' and actor_id = ?"
                + " and subject_type = 'feedback' and subject_id = ?").params(demo.personId(email), subjectId)
                .query(Long.class).single();
    }
}
