package com.cohelm.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestSchedules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 28 §4 at the fields: a date or number out of bounds is marked at its field with the range in words,
 * and nothing is saved (decision 0033). The date pickers also carry the range as their min and max, so their
 * calendar offers nothing outside.
 */
class InputBoundsViewTest extends KaribuViewTest {

    private static final LocalDate YEAR_1000 = LocalDate.of(1000, 1, 1);
    private static final LocalDate YEAR_9999 = LocalDate.of(9999, 12, 31);

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    TestSchedules testSchedules;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String day(LocalDate date) {
        return Formats.date(date, Locale.ENGLISH);
    }

    private static DatePicker picker(String label) {
        return _get(DatePicker.class, spec -> spec.withLabel(label));
    }

    @Test
    void theProgramFormSaysAtTheStartThatAProgramRunsWithinTwentyYearsOfToday() {
        var admin = login(DemoLogins.SUPPLIER_ADMIN);
        var today = TestClock.today(admin.timeZone());
        navigate("programs");
        var before = count("select count(*) from program");
        _click(_get(Button.class, spec -> spec.withText("New program")));
        _get(Dialog.class);

        var start = picker("Start");
        assertThat(start.getMin()).isEqualTo(today.minusYears(20));
        assertThat(start.getMax()).isEqualTo(today.plusYears(20));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Year one thousand");
        _setValue(start, YEAR_1000);
        _setValue(picker("Target end"), YEAR_9999);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        _get(Dialog.class);
        var expected = "Choose a day between " + day(today.minusYears(20)) + " and " + day(today.plusYears(20))
                + ": a program starts and ends within 20 years of today.";
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo(expected);
        var end = picker("Target end");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo(expected);
        assertThat(count("select count(*) from program")).isEqualTo(before);
    }

    @Test
    void theMeasurementFormSaysTheDaysAndValuesAMeasurementMayTake() {
        var program = testPrograms.create("Bounded measurements");
        var goalId = testSchedules.linked(program.id()).goalId(); // a yield in %, from 90 to 98: a share
        var sam = login(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today(sam.timeZone());
        var first = today.minusDays(30).minusYears(1); // a year before the program's start
        navigate("programs/" + program.id() + "/goals/" + goalId);
        var measurements = "select count(*) from goal_measurement where goal_id = ?";

        var date = picker("Date");
        assertThat(date.getMin()).isEqualTo(first);
        assertThat(date.getMax()).isEqualTo(today);
        _setValue(date, YEAR_1000);
        var value = _get(BigDecimalField.class, spec -> spec.withLabel("Value"));
        _setValue(value, new BigDecimal("95"));
        _click(_get(Button.class, spec -> spec.withText("Add measurement")));
        date = picker("Date");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Choose a day between " + day(first) + " and " + day(today)
                + ": from a year before the program to today.");
        assertThat(count(measurements, goalId)).isZero();

        _setValue(date, today);
        value = _get(BigDecimalField.class, spec -> spec.withLabel("Value"));
        _setValue(value, new BigDecimal("1E+13"));
        _click(_get(Button.class, spec -> spec.withText("Add measurement")));
        value = _get(BigDecimalField.class, spec -> spec.withLabel("Value"));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage())
                .isEqualTo("Enter a value between −1,000,000,000,000 and 1,000,000,000,000.");

        _setValue(value, new BigDecimal("150"));
        _click(_get(Button.class, spec -> spec.withText("Add measurement")));
        value = _get(BigDecimalField.class, spec -> spec.withLabel("Value"));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("A share is measured between 0 and 100 %.");
        assertThat(count(measurements, goalId)).isZero();
    }

    @Test
    void theActionFormSaysTheDueDateRunsToAYearAfterTheProgram() {
        var program = testPrograms.create("Bounded actions");
        var sam = login(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today(sam.timeZone());
        var last = today.plusMonths(6).plusYears(1); // a year after the program's target end
        navigate("programs/" + program.id() + "/actions");
        var items = "select count(*) from action_item where program_id = ?";
        _click(_get(Button.class, spec -> spec.withText("New action")));
        var dialog = _get(Dialog.class);

        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Title")), "Due in the year 9999");
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> assignee = _get(dialog, ComboBox.class, spec -> spec.withLabel("Assignee"));
        _setValue(assignee, assignee.getListDataView().getItems().filter(p -> p.displayName().equals("Sam Okafor"))
                .findFirst().orElseThrow());
        var due = _get(dialog, DatePicker.class, spec -> spec.withLabel("Due date"));
        assertThat(due.getMin()).isEqualTo(today);
        assertThat(due.getMax()).isEqualTo(last);
        _setValue(due, YEAR_9999);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        _get(Dialog.class);
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Choose a day between " + day(today) + " and " + day(last)
                + ": within a year of the program’s dates.");
        assertThat(count(items, program.id())).isZero();
    }
}
