package com.cohelm.goal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.GoalStatus;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.goal.MeasurementView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One goal's page: the chart, the measurements and their export, the status both sides confirmed and
 * why, and the supplier's internal notes, which a customer never sees. Tests that add measurements or
 * confirm a status do so on a goal they create themselves, never on the demo goals.
 */
class GoalViewTest extends KaribuViewTest {

    private static final String YIELD = "First-pass yield on the launch line";
    private static final String COMPLETE_DATA = "Complete yield data for every run";
    private static final String INTERNAL_NOTE =
            "Their data engineer leaves in January; push for the export format before then.";
    private static final String BEN = "ben@brightline.example";

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GoalService goalService;

    private long goalId(String title) {
        return jdbc.sql("select id from goal where title = ?").param(title).query(Long.class).single();
    }

    private long measurementCount(long goalId) {
        return jdbc.sql("select count(*) from goal_measurement where goal_id = ?").param(goalId).query(Long.class)
                .single();
    }

    private void openGoal(String program, String title) {
        navigate("programs/" + demo.id(program) + "/goals/" + goalId(title));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GoalView.class);
    }

    /** The text of the whole page, the main layout around the view included. */
    private static String wholePageText() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.getLast().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MeasurementView> measurementsGrid() {
        return _get(Grid.class);
    }

    private static Card card(String title) {
        return _find(Card.class).stream()
                .filter(card -> _find(card, H3.class, spec -> spec.withText(title)).size() == 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No card titled " + title));
    }

    /** Bea, a lead, creates a Brightline goal of her own with measurements 14 and 7 days ago. */
    private long ownGoal() {
        login(DemoLogins.CUSTOMER_ADMIN);
        var programId = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        var candidates = goalService.candidates(programId);
        var today = TestClock.today();
        var targetDate = today.plusDays(30).isAfter(candidates.programTargetEnd()) ? candidates.programTargetEnd()
                : today.plusDays(30);
        var created = goalService.create(programId, new GoalDraft("Fixture uptime " + UUID.randomUUID(),
                "A fixture down is a line down.", "Fixture uptime", "%", new BigDecimal("90"), new BigDecimal("99"),
                KpiDirection.UP, targetDate, demo.personId(DemoLogins.SUPPLIER_MEMBER),
                demo.personId(DemoLogins.CUSTOMER_ADMIN)));
        var goalId = created.summary().id();
        goalService.addMeasurement(programId, goalId, new MeasurementDraft(today.minusDays(14), new BigDecimal("91"), null));
        goalService.addMeasurement(programId, goalId, new MeasurementDraft(today.minusDays(7), new BigDecimal("92.5"),
                "After the new pogo pins"));
        return goalId;
    }

    private void openOwnGoal(long goalId) {
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/goals/" + goalId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GoalView.class);
    }

    @Test
    void aCustomerLeadSeesTheChartMeasurementsExportAndStatusButNoInternalNotes() {
        login(DemoLogins.CUSTOMER_ADMIN);
        openGoal(DemoLogins.BRIGHTLINE_PROGRAM, YIELD);

        var chart = _get(Image.class, spec -> spec.withClasses("goal-chart"));
        assertThat(chart.getAlt()).hasValueSatisfying(alt -> assertThat(alt).isNotBlank().contains("First-pass yield"));
        assertThat(chart.getSrc()).isNotBlank();

        var grid = measurementsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(6);
        _get(Anchor.class, spec -> spec.withText("Download the measurements (CSV)"));

        var status = card("Status");
        _get(status, H3.class, spec -> spec.withText("Who confirmed what, and why"));
        assertThat(_find(status, ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .anyMatch(line -> line.contains("Yield climbs every week since the fixture fix"));
        _get(Button.class, spec -> spec.withText("Confirm status"));
        _get(Button.class, spec -> spec.withText("Add measurement"));

        _assertNone(H3.class, spec -> spec.withText("Internal notes"));
        _assertNone(Card.class, spec -> spec.withClasses("internal-notes"));
    }

    @Test
    void supplierStaffReadTheInternalNotes() {
        login(DemoLogins.SUPPLIER_MEMBER);
        openGoal(DemoLogins.VERDANT_PROGRAM, COMPLETE_DATA);

        var notes = _get(Card.class, spec -> spec.withClasses("internal-notes"));
        _get(notes, H3.class, spec -> spec.withText("Internal notes"));
        assertThat(notes.getElement().getTextRecursively()).contains(INTERNAL_NOTE, "Supplier only");
        _get(notes, Button.class, spec -> spec.withText("Add note"));
    }

    @Test
    void aCustomerNeverSeesTheInternalNotes() {
        login(DemoLogins.CUSTOMER_MEMBER);
        openGoal(DemoLogins.VERDANT_PROGRAM, COMPLETE_DATA);

        _assertNone(Card.class, spec -> spec.withClasses("internal-notes"));
        _assertNone(H3.class, spec -> spec.withText("Internal notes"));
        assertThat(wholePageText()).contains(COMPLETE_DATA).doesNotContain("Their data engineer", "Internal notes",
                "Supplier only");
        var verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        var goal = goalId(COMPLETE_DATA);
        assertThat(goalService.goal(verdant, goal).orElseThrow().internalNotes()).isEmpty();
        assertThat(goalService.measurementsCsv(verdant, goal)).doesNotContain("Their data engineer");
    }

    @Test
    void theViewerNeitherMeasuresNorConfirms() {
        login(DemoLogins.CUSTOMER_VIEWER);
        openGoal(DemoLogins.BRIGHTLINE_PROGRAM, YIELD);

        assertThat(GridKt._size(measurementsGrid())).isEqualTo(6);
        _get(Image.class, spec -> spec.withClasses("goal-chart"));
        _assertNone(Button.class, spec -> spec.withText("Add measurement"));
        _assertNone(Button.class, spec -> spec.withText("Confirm status"));
        _assertNone(Button.class, spec -> spec.withText("Edit"));
        _assertNone(Card.class, spec -> spec.withClasses("internal-notes"));
    }

    @Test
    void aMemberAddsAMeasurementAndTheGridGrows() {
        var goalId = ownGoal();
        var ben = login(BEN);
        openOwnGoal(goalId);
        var chartBefore = _get(Image.class, spec -> spec.withClasses("goal-chart")).getAlt().orElseThrow();
        assertThat(GridKt._size(measurementsGrid())).isEqualTo(2);

        var date = _get(DatePicker.class, spec -> spec.withLabel("Date"));
        assertThat(date.getValue()).isEqualTo(TestClock.today(ben.timeZone())); // prefilled: today, where Ben is
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Value")), new BigDecimal("94.5"));
        _click(_get(Button.class, spec -> spec.withText("Add measurement")));

        var grid = measurementsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("94.5 %", "Ben Adeyemi");
        assertThat(measurementCount(goalId)).isEqualTo(3);
        var chartAfter = _get(Image.class, spec -> spec.withClasses("goal-chart")).getAlt().orElseThrow();
        assertThat(chartAfter).isNotEqualTo(chartBefore).contains("94.5");
    }

    @Test
    void aSecondMeasurementOnADayIsAnnouncedAtTheDateAndBothAreListed() {
        var goalId = ownGoal();
        login(BEN);
        openOwnGoal(goalId);
        var date = _get(DatePicker.class, spec -> spec.withLabel("Date"));
        assertThat(date.getHelperText()).as("nothing measured today yet").isNull();
        var day = TestClock.today().minusDays(7);
        _setValue(date, day);
        assertThat(date.getHelperText()).isEqualTo("There is already a measurement on "
                + com.cohelm.base.ui.Formats.date(day, java.util.Locale.ENGLISH)
                + ": 92.5 %. This one will be added beside it.");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Value")), new BigDecimal("93.1"));
        _click(_get(Button.class, spec -> spec.withText("Add measurement")));

        var rows = GridKt._fetch(measurementsGrid(), 0, GridKt._size(measurementsGrid()));
        assertThat(rows).filteredOn(m -> m.date().equals(day)).extracting(m -> m.value().stripTrailingZeros()
                .toPlainString()).containsExactly("93.1", "92.5");
        var again = _get(DatePicker.class, spec -> spec.withLabel("Date"));
        _setValue(again, day);
        assertThat(again.getHelperText()).startsWith("There are already 2 measurements on").contains("92.5 %, 93.1 %")
                .endsWith("This one will be added beside them.");
    }

    @Test
    void aMeasurementDatedInTheFutureIsRefused() {
        var goalId = ownGoal();
        openOwnGoal(goalId);

        var date = _get(DatePicker.class, spec -> spec.withLabel("Date"));
        _setValue(date, date.getValue().plusDays(1));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Value")), new BigDecimal("95"));
        _click(_get(Button.class, spec -> spec.withText("Add measurement")));

        date = _get(DatePicker.class, spec -> spec.withLabel("Date"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("A measurement cannot be dated in the future.");
        assertThat(GridKt._size(measurementsGrid())).isEqualTo(2);
        assertThat(measurementCount(goalId)).isEqualTo(2);
    }

    @Test
    void confirmingAStatusNeedsAReasonThatBothSidesThenRead() {
        var goalId = ownGoal();
        openOwnGoal(goalId);
        var status = card("Status");
        assertThat(status.getElement().getTextRecursively()).contains("No status confirmed yet.");

        @SuppressWarnings("unchecked")
        Select<GoalStatus> confirmed = _get(Select.class, spec -> spec.withLabel("Confirm the status"));
        _setValue(confirmed, GoalStatus.AT_RISK);
        _click(_get(Button.class, spec -> spec.withText("Confirm status")));
        var reason = _get(TextArea.class, spec -> spec.withLabel("Why"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why: both sides read it.");
        assertThat(jdbc.sql("select count(*) from goal_status_change where goal_id = ?").param(goalId)
                .query(Long.class).single()).isZero();

        var why = "Two fixtures wait for spare parts until March.";
        _setValue(reason, why);
        _click(_get(Button.class, spec -> spec.withText("Confirm status")));

        status = card("Status");
        _get(status, H3.class, spec -> spec.withText("Who confirmed what, and why"));
        List<String> lines = _find(status, ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).contains("Bea Lindqvist confirmed \"At risk\": " + why);
        assertThat(jdbc.sql("select status from goal where id = ?").param(goalId).query(String.class).single())
                .isEqualTo("AT_RISK");
        _assertOne(Button.class, spec -> spec.withText("Confirm status"));
    }
}
