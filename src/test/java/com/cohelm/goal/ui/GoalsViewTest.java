package com.cohelm.goal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.shell.NotFoundView;
import com.cohelm.shell.ResourceNotFoundView;
import com.cohelm.goal.KpiDirection;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The goals page of a program: every goal as a card with its confirmed status, what the measurements
 * suggest where that differs, and both owners; leads create goals through the "New goal" form.
 */
class GoalsViewTest extends KaribuViewTest {

    private static final String YIELD = "First-pass yield on the launch line";
    private static final String TEST_TIME = "Test time per unit under 40 seconds";
    private static final String FULL_SHIFT = "Pilot line runs a full shift on our systems";
    private static final String COMPLETE_DATA = "Complete yield data for every run";

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    private long goalCount() {
        return jdbc.sql("select count(*) from goal").query(Long.class).single();
    }

    private String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    /** The goal's card, found by the title a person reads on it. */
    private static Card card(String title) {
        return _find(Card.class, spec -> spec.withClasses("goal-card")).stream()
                .filter(card -> _find(card, Anchor.class, spec -> spec.withText(title)).size() == 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No goal card titled " + title));
    }

    private static List<String> badges(Card card) {
        return _find(card, Badge.class).stream().map(Badge::getText).toList();
    }

    private static List<String> owners(Card card) {
        return _find(card, Span.class, spec -> spec.withClasses("person-name")).stream().map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PersonSummary> person(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private static void choose(ComboBox<PersonSummary> box, String displayName) {
        var person = box.getListDataView().getItems().filter(p -> p.displayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError(displayName + " is not offered in " + box.getLabel()));
        _setValue(box, person);
    }

    /** Fills the "New goal" form the way a person would; the target is left to the caller. */
    @SuppressWarnings("unchecked")
    private static void fillNewGoal(String title, BigDecimal baseline, BigDecimal target) {
        _click(_get(Button.class, spec -> spec.withText("New goal")));
        _get(Dialog.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Why it matters")),
                "Retests eat the slots the launch needs.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("KPI")), "Retest rate");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Unit")), "%");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Baseline")), baseline);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Target")), target);
        Select<KpiDirection> direction = _get(Select.class, spec -> spec.withLabel("Better when it goes"));
        _setValue(direction, KpiDirection.DOWN);
        var targetDate = _get(DatePicker.class, spec -> spec.withLabel("Target date"));
        assertThat(targetDate.getHelperText()).startsWith("Within the program:");
        var inAWeek = TestClock.today().plusDays(7);
        _setValue(targetDate, inAWeek.isAfter(targetDate.getMax()) ? targetDate.getMax() : inAWeek);
        choose(person("Supplier owner"), "Sam Okafor");
        choose(person("Customer owner"), "Bea Lindqvist");
    }

    @Test
    void aCustomerLeadSeesTheGoalsWithStatusAndOwnersAndMayCreateOne() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/goals");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GoalsView.class);

        var yield = card(YIELD);
        assertThat(badges(yield)).containsExactly("On track");
        assertThat(owners(yield)).containsExactlyInAnyOrder("Sam Okafor", "Bea Lindqvist");
        var testTime = card(TEST_TIME);
        assertThat(badges(testTime)).containsExactly("Achieved");
        assertThat(owners(testTime)).containsExactlyInAnyOrder("Sam Okafor", "Bea Lindqvist");
        assertThat(pageText()).doesNotContain(FULL_SHIFT, COMPLETE_DATA);
        _get(Button.class, spec -> spec.withText("New goal"));
    }

    @Test
    void theViewerSeesTheGoalsButCannotCreateOne() {
        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/goals");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GoalsView.class);

        assertThat(badges(card(YIELD))).containsExactly("On track");
        assertThat(badges(card(TEST_TIME))).containsExactly("Achieved");
        assertThat(owners(card(YIELD))).containsExactlyInAnyOrder("Sam Okafor", "Bea Lindqvist");
        _assertNone(Button.class, spec -> spec.withText("New goal"));
    }

    @Test
    void whereTheMeasurementsDisagreeWithTheConfirmedStatusBothShow() {
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("programs/" + demo.id(DemoLogins.VERDANT_PROGRAM) + "/goals");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GoalsView.class);

        assertThat(badges(card(COMPLETE_DATA))).containsExactly("On track", "Measurements suggest: At risk");
        assertThat(badges(card(FULL_SHIFT))).containsExactly("Off track");
        assertThat(owners(card(FULL_SHIFT))).containsExactlyInAnyOrder("Sam Okafor", "Victor Alvarez");
    }

    @Test
    void anotherCustomersGoalsLookExactlyLikeAMissingPage() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/not-a-program/goals");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        var notFound = pageText();
        assertThat(notFound).contains("Page not found");

        // The service answers "not found" for a program she may not see; the page reads exactly the same.
        navigate("programs/" + demo.id(DemoLogins.VERDANT_PROGRAM) + "/goals");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, ResourceNotFoundView.class);
        assertThat(pageText()).isEqualTo(notFound).doesNotContain(DemoLogins.VERDANT_PROGRAM, FULL_SHIFT);

        navigate("programs/999999999/goals");
        assertThat(pageText()).isEqualTo(notFound);
    }

    @Test
    void aLeadCreatesAGoalThroughTheFormAndLandsOnIt() {
        login(DemoLogins.CUSTOMER_ADMIN);
        var programId = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        navigate("programs/" + programId + "/goals");
        var title = "Retests below 2 % " + UUID.randomUUID();
        fillNewGoal(title, new BigDecimal("6"), new BigDecimal("2"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var goalId = jdbc.sql("select id from goal where title = ? and program_id = ?").params(title, programId)
                .query(Long.class).single();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GoalView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("programs/" + programId + "/goals/" + goalId);
        assertThat(_get(H2.class, spec -> spec.withText(title))).isNotNull();
        _assertNone(Dialog.class);

        navigate("programs/" + programId + "/goals");
        assertThat(badges(card(title))).containsExactly("On track");
        assertThat(owners(card(title))).containsExactlyInAnyOrder("Sam Okafor", "Bea Lindqvist");
    }

    @Test
    void aTargetEqualToTheBaselineIsRefusedAtTheTargetAndNothingIsSaved() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/goals");
        var before = goalCount();
        fillNewGoal("Target equals baseline " + UUID.randomUUID(), new BigDecimal("5"), new BigDecimal("5.0"));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        _get(Dialog.class);
        var target = _get(BigDecimalField.class, spec -> spec.withLabel("Target"));
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("The target must differ from the baseline.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GoalsView.class);
        assertThat(goalCount()).isEqualTo(before);
    }

    @Test
    void aTargetDateAfterTheProgramEndsIsRefusedAndNothingIsSaved() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/goals");
        var before = goalCount();
        fillNewGoal("Too late " + UUID.randomUUID(), new BigDecimal("6"), new BigDecimal("2"));
        var targetDate = _get(DatePicker.class, spec -> spec.withLabel("Target date"));
        _setValue(targetDate, targetDate.getMax().plusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        _get(Dialog.class);
        targetDate = _get(DatePicker.class, spec -> spec.withLabel("Target date"));
        assertThat(targetDate.isInvalid()).isTrue();
        assertThat(targetDate.getErrorMessage()).isEqualTo("The target date must fall within the program's dates.");
        assertThat(goalCount()).isEqualTo(before);
    }
}
