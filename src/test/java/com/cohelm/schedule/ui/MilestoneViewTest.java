package com.cohelm.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.shell.NotFoundView;
import com.cohelm.schedule.DateChangeView;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.SlipService;
import com.cohelm.schedule.SlipCause;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One milestone's page: its slips with explanation, recovery plan, thread and compromise, its date
 * history, editing it into a slip, the other side's answer, dependencies, marking it done, and who may
 * see it at all. Tests that write do so on Brightline milestones they create themselves.
 */
class MilestoneViewTest extends KaribuViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.cohelm");
    private static final String CONTROLLER = "Cell controller installed on the pilot line";

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    SlipService slipService;

    private long brightline() {
        return demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
    }

    private long milestoneId(String title) {
        return jdbc.sql("select id from milestone where title = ?").param(title).query(Long.class).single();
    }

    /** A fresh UI for another person, as if they opened the app in their own browser. */
    private void switchTo(String email) {
        MockVaadin.tearDown();
        signIn.out();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login(email);
    }

    private void open(long programId, long milestoneId) {
        navigate("programs/" + programId + "/schedule/" + milestoneId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MilestoneView.class);
    }

    private static String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    /** Sam, Brightline's supplier lead, adds a milestone of his own due in 20 days. */
    private long ownMilestone(String title, Set<Long> dependsOn) {
        var sam = login(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today(sam.timeZone());
        return milestoneService.create(brightline(), new MilestoneDraft(title, "Made by a test.", OwnerSide.SUPPLIER,
                sam.id(), today.plusDays(20), today.plusDays(20), dependsOn, Set.of(), null)).row().id();
    }

    private Dialog openEditDialog() {
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        return _get(Dialog.class, spec -> spec.withClasses("milestone-form"));
    }

    private LocalDate plannedDate(long id) {
        return jdbc.sql("select planned_date from milestone where id = ?").param(id).query(LocalDate.class).single();
    }

    private long slips(long id) {
        return jdbc.sql("select count(*) from milestone_slip where milestone_id = ?").param(id).query(Long.class)
                .single();
    }

    @Test
    void theControllerSlipShowsItsExplanationRecoveryPlanThreadAndCompromise() {
        login(DemoLogins.CUSTOMER_MEMBER);
        open(demo.id(DemoLogins.VERDANT_PROGRAM), milestoneId(CONTROLLER));

        var slip = _get(Card.class, spec -> spec.withClasses("slip-card"));
        var text = slip.getElement().getTextRecursively();
        assertThat(text).contains("Slipped from", "Reported by Sam",
                "The controller boards arrived six weeks late from our contract manufacturer.",
                "Boards now on site; a second assembly shift finishes the wiring in two weeks.",
                "Six weeks is too much", "contested",
                "We can add a second test station if your fixtures arrive a week earlier than planned.", "replied",
                "recorded the compromise", "the first full shift moves five weeks, not six.");
        _get(slip, Badge.class, spec -> spec.withText("Settled"));
        _get(slip, Div.class, spec -> spec.withClasses("slip-compromise"));
        assertThat(_find(slip, Div.class, spec -> spec.withClasses("slip-entry"))).hasSize(3);
        // settled: nobody acknowledges or contests it any more
        _assertNone(Button.class, spec -> spec.withText("Acknowledge"));
        _assertNone(Button.class, spec -> spec.withText("Contest"));

        @SuppressWarnings("unchecked")
        Grid<DateChangeView> history = _get(Grid.class, spec -> spec.withClasses("milestone-history"));
        assertThat(GridKt._size(history)).isGreaterThanOrEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Planned date", "Supplier",
                "The controller boards arrived six weeks late from our contract manufacturer.");
        assertThat(GridKt._getFormattedRow(history, GridKt._size(history) - 1)).contains("Created");
        assertThat(pageText()).contains("First full shift on our systems"); // waiting on it
    }

    private Dialog openSlipDialog() {
        _click(_get(Button.class, spec -> spec.withText("Record a slip").withClasses("record-slip")));
        return _get(Dialog.class, spec -> spec.withClasses("slip-dialog"));
    }

    @Test
    void recordingASlipAsksForEverythingUpFrontThenTheCustomerContestsIt() {
        var title = "Station software signed off " + UUID.randomUUID();
        var id = ownMilestone(title, Set.of());
        open(brightline(), id);
        assertThat(pageText()).contains("This milestone has not slipped.");
        var before = plannedDate(id);

        var dialog = openSlipDialog();
        assertThat(dialog.getElement().getTextRecursively()).contains("No other milestone waits on this one.");
        var newDate = _get(dialog, DatePicker.class, spec -> spec.withLabel("New planned date"));
        @SuppressWarnings("unchecked")
        Select<SlipCause> cause = _get(dialog, Select.class, spec -> spec.withLabel("Cause"));
        var explanation = _get(dialog, TextArea.class, spec -> spec.withLabel("Explanation"));
        var recovery = _get(dialog, TextArea.class, spec -> spec.withLabel("Recovery plan"));
        assertThat(List.of(newDate.isRequiredIndicatorVisible(), cause.isRequiredIndicatorVisible(),
                explanation.isRequiredIndicatorVisible(), recovery.isRequiredIndicatorVisible()))
                .as("all four marked required before anything is typed").containsOnly(true);

        // Without date, cause, explanation and recovery plan nothing is saved
        _click(_get(dialog, Button.class, spec -> spec.withText("Record a slip")));
        assertThat(newDate.isInvalid()).isTrue();
        assertThat(cause.isInvalid()).isTrue();
        assertThat(explanation.isInvalid()).isTrue();
        assertThat(recovery.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(plannedDate(id)).isEqualTo(before);
        assertThat(slips(id)).isZero();

        _setValue(newDate, before.plusDays(10));
        _setValue(cause, SlipCause.EXTERNAL);
        _setValue(explanation, "The calibration lab is closed for two weeks.");
        _setValue(recovery, "We calibrate at the second lab and run both stations in parallel.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Record a slip")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(plannedDate(id)).isEqualTo(before.plusDays(10));
        assertThat(slips(id)).isOne();
        var card = _get(Card.class, spec -> spec.withClasses("slip-card"));
        _get(card, Badge.class, spec -> spec.withText("Awaiting answer"));
        assertThat(card.getElement().getTextRecursively()).contains("The calibration lab is closed for two weeks.",
                "We calibrate at the second lab", "External");
        // The reporting side neither acknowledges nor contests its own slip, but may reply
        _assertNone(Button.class, spec -> spec.withText("Acknowledge"));
        _assertNone(Button.class, spec -> spec.withText("Contest"));
        _get(card, Button.class, spec -> spec.withText("Reply"));

        switchTo(DemoLogins.SUPPLIER_ADMIN);
        open(brightline(), id);
        _assertNone(Button.class, spec -> spec.withText("Acknowledge"));
        _assertNone(Button.class, spec -> spec.withText("Contest"));

        switchTo(DemoLogins.CUSTOMER_ADMIN); // Bea leads Brightline's side
        open(brightline(), id);
        card = _get(Card.class, spec -> spec.withClasses("slip-card"));
        _get(card, Badge.class, spec -> spec.withText("Awaiting answer"));
        _get(card, Button.class, spec -> spec.withText("Acknowledge"));
        _click(_get(card, Button.class, spec -> spec.withText("Contest")));
        var comment = _get(card, TextArea.class, spec -> spec.withLabel("Comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say why you contest the slip");
        assertThat(jdbc.sql("select state from milestone_slip where milestone_id = ?").param(id).query(String.class)
                .single()).isEqualTo("OPEN");

        _setValue(comment, "Our launch cannot move: use the second lab from tomorrow.");
        _click(_get(card, Button.class, spec -> spec.withText("Contest")));
        card = _get(Card.class, spec -> spec.withClasses("slip-card"));
        _get(card, Badge.class, spec -> spec.withText("Contested"));
        assertThat(card.getElement().getTextRecursively()).contains("Bea Lindqvist (Customer) contested",
                "Our launch cannot move");
        _get(card, Button.class, spec -> spec.withText("Record compromise"));
        _assertNone(Button.class, spec -> spec.withText("Acknowledge"));
        assertThat(jdbc.sql("select state from milestone_slip where milestone_id = ?").param(id).query(String.class)
                .single()).isEqualTo("CONTESTED");
    }

    @Test
    void theCustomerLeadAcknowledgesASlipWithoutAComment() {
        var title = "Golden units shipped " + UUID.randomUUID();
        var id = ownMilestone(title, Set.of());
        open(brightline(), id);
        var later = plannedDate(id).plusDays(3);

        // Edit moves the date no further than it may without a slip, and offers the slip dialog for the date typed
        var edit = openEditDialog();
        var planned = _get(edit, DatePicker.class, spec -> spec.withLabel("Planned"));
        _assertNone(edit, Button.class, spec -> spec.withText("Record a slip"));
        _setValue(planned, later);
        _click(_get(edit, Button.class, spec -> spec.withText("Save")));
        assertThat(planned.isInvalid()).isTrue();
        assertThat(planned.getErrorMessage()).startsWith("A date later than");
        assertThat(plannedDate(id)).isEqualTo(later.minusDays(3));
        _click(_get(edit, Button.class, spec -> spec.withText("Record a slip")));
        assertThat(edit.isOpened()).isFalse();
        var dialog = _get(Dialog.class, spec -> spec.withClasses("slip-dialog"));
        assertThat(_get(dialog, DatePicker.class, spec -> spec.withLabel("New planned date")).getValue())
                .isEqualTo(later);
        @SuppressWarnings("unchecked")
        Select<SlipCause> cause = _get(dialog, Select.class, spec -> spec.withLabel("Cause"));
        _setValue(cause, SlipCause.CUSTOMER);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Explanation")), "Golden units came late.");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Recovery plan")), "Weekend shift.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Record a slip")));
        assertThat(plannedDate(id)).isEqualTo(later);

        switchTo(DemoLogins.CUSTOMER_ADMIN);
        open(brightline(), id);
        _click(_get(Button.class, spec -> spec.withText("Acknowledge")));
        var card = _get(Card.class, spec -> spec.withClasses("slip-card"));
        _get(card, Badge.class, spec -> spec.withText("Acknowledged"));
        assertThat(card.getElement().getTextRecursively()).contains("Bea Lindqvist (Customer) acknowledged");
    }

    /** Issue 26: a late milestone that also slipped said "On or before its baseline" and nothing about being late. */
    @Test
    void aLateMilestoneSaysItIsLateAndHowFarItSlipped() {
        var sam = login(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today(sam.timeZone());
        var created = milestoneService.create(brightline(), new MilestoneDraft("Late and slipped " + UUID.randomUUID(),
                "", OwnerSide.SUPPLIER, sam.id(), today.minusDays(20), today.minusDays(20), Set.of(), Set.of(), null));
        slipService.recordSlip(brightline(), created.row().id(), created.row().version(),
                new com.cohelm.schedule.SlipDraft(today.minusDays(6), new com.cohelm.schedule.SlipReport(
                        SlipCause.SUPPLIER, "Boards late", "Air freight")));
        open(brightline(), created.row().id());

        var badges = _get(Div.class, spec -> spec.withClasses("program-badges"));
        _get(badges, Badge.class, spec -> spec.withText("Late"));
        _get(badges, Badge.class, spec -> spec.withText("Slipped +14 days"));
        var facts = _get(Div.class, spec -> spec.withClasses("milestone-late"));
        assertThat(facts.getElement().getTextRecursively()).contains("Late", "6 days past its planned date");
        assertThat(pageText()).contains("14 days after its baseline").doesNotContain("On or before its baseline");
    }

    @Test
    void aDependencyCycleIsRefusedAtTheWaitsOnField() {
        var first = "Cycle first " + UUID.randomUUID();
        var firstId = ownMilestone(first, Set.of());
        var second = "Cycle second " + UUID.randomUUID();
        var secondId = ownMilestone(second, Set.of(firstId));
        open(brightline(), firstId);
        var version = jdbc.sql("select version from milestone where id = ?").param(firstId).query(Long.class).single();

        var dialog = openEditDialog();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<MilestoneRef> waitsOn = _get(dialog, MultiSelectComboBox.class,
                spec -> spec.withLabel("Waits on"));
        var secondRef = waitsOn.getListDataView().getItems().filter(m -> m.id() == secondId).findFirst().orElseThrow();
        _setValue(waitsOn, Set.of(secondRef));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(waitsOn.isInvalid()).isTrue();
        assertThat(waitsOn.getErrorMessage()).isEqualTo("This milestone already waits on that one, directly or"
                + " through others: the dependency would go round in a circle.");
        assertThat(jdbc.sql("select count(*) from milestone_dependency where milestone_id = ?").param(firstId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select version from milestone where id = ?").param(firstId).query(Long.class).single())
                .isEqualTo(version);
    }

    @Test
    void markDoneRecordsTheDoneDate() {
        var title = "Test plan approved " + UUID.randomUUID();
        var id = ownMilestone(title, Set.of());
        open(brightline(), id);
        var doneOn = _get(DatePicker.class, spec -> spec.withLabel("Done on"));
        var yesterday = doneOn.getValue().minusDays(1);
        _setValue(doneOn, yesterday);
        _click(_get(Button.class, spec -> spec.withText("Mark done")));

        assertThat(jdbc.sql("select done_date from milestone where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(yesterday);
        _get(Badge.class, spec -> spec.withText("Done"));
        _get(Button.class, spec -> spec.withText("Reopen"));
        _assertNone(Button.class, spec -> spec.withText("Mark done"));
        @SuppressWarnings("unchecked")
        Grid<DateChangeView> history = _get(Grid.class, spec -> spec.withClasses("milestone-history"));
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Done");
    }

    @Test
    void theOtherTenantDoesNotFindTheMilestone() {
        var verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        var controller = milestoneId(CONTROLLER);
        login(DemoLogins.CUSTOMER_ADMIN); // Brightline
        navigate("programs/" + verdant + "/schedule/" + controller);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        // nor under her own program's address
        navigate("programs/" + brightline() + "/schedule/" + controller);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);

        switchTo(DemoLogins.SUPPLIER_MEMBER); // Sam sees both programs, but not a milestone under the wrong one
        navigate("programs/" + brightline() + "/schedule/" + controller);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        open(verdant, controller);
    }
}
