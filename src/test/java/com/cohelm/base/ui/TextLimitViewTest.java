package com.cohelm.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 28 §3: a text over its limit is refused visibly, never cut. The field counts ("0 / 1,000"), a
 * pasted text over the limit is kept whole with the message at the field and nothing saved, and when the
 * view's check is gone (a tampered client) the service's own validation shows at the field, not as
 * "Something went wrong". Seen on the goal measurement note at 1,001 characters (and review minutes: {@code ReviewMinutesLimitViewTest}).
 */
class TextLimitViewTest extends KaribuViewTest {

    @Autowired
    DemoPrograms demo;
    @Autowired
    GoalService goalService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMeasurementNoteCountsAndRefusesAPasteOverItsLimit() {
        var goalId = ownGoal();
        openGoal(goalId);
        var note = _get(TextField.class, spec -> spec.withLabel("Note"));
        assertThat(note.getHelperText()).isEqualTo("0 / 1,000");
        assertThat(note.getMaxLength()).as("no browser limit, which cut pasted text").isZero();

        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withLabel("Value")), new BigDecimal("93"));
        var pasted = "x".repeat(10_000);
        _setValue(note, pasted);
        assertThat(note.getHelperText()).isEqualTo("10,000 / 1,000");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Too long: 10,000 characters, at most 1,000. Shorten it to save.");

        _click(_get(Button.class, spec -> spec.withText("Add measurement")));
        assertThat(measurements(goalId)).as("nothing saved").isEqualTo(0);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Note")).getValue()).as("nothing cut").isEqualTo(pasted);

        _setValue(note, "x".repeat(1_000));
        assertThat(note.isInvalid()).isFalse();
        assertThat(note.getHelperText()).isEqualTo("1,000 / 1,000");
    }

    @Test
    void aTamperedMeasurementNoteShowsTheServicesMessageAtTheField() {
        var goalId = ownGoal();
        openGoal(goalId);
        var note = _get(TextField.class, spec -> spec.withLabel("Note"));
        TextLimit.of(note).lift();
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                spec -> spec.withLabel("Value")), new BigDecimal("93"));
        _setValue(note, "x".repeat(1_001));

        _click(_get(Button.class, spec -> spec.withText("Add measurement")));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Too long: 1,001 characters, at most 1,000. Shorten it to save.");
        assertThat(measurements(goalId)).isEqualTo(0);
    }

    private long ownGoal() {
        login(DemoLogins.CUSTOMER_ADMIN);
        var programId = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        var candidates = goalService.candidates(programId);
        var today = TestClock.today();
        var targetDate = today.plusDays(30).isAfter(candidates.programTargetEnd()) ? candidates.programTargetEnd()
                : today.plusDays(30);
        return goalService.create(programId, new GoalDraft("Limit check " + UUID.randomUUID(),
                "Notes are kept whole.", "Fixture uptime", "%", new BigDecimal("90"), new BigDecimal("99"),
                KpiDirection.UP, targetDate, demo.personId(DemoLogins.SUPPLIER_MEMBER),
                demo.personId(DemoLogins.CUSTOMER_ADMIN))).summary().id();
    }

    private void openGoal(long goalId) {
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/goals/" + goalId);
    }

    private long measurements(long goalId) {
        return jdbc.sql("select count(*) from goal_measurement where goal_id = ?").param(goalId).query(Long.class)
                .single();
    }
}
