package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A goal measured in a real browser (Debian's headless Chromium): a customer lead signs in, opens his
 * program's goals, opens a goal with three measurements and its chart, adds a fourth measurement through
 * the form, and sees the grid and the chart move. The goal is his own, created for this test, so the
 * demo goals keep their measurements.
 */
class GoalMeasurementE2eTest extends BrowserFlowTest {

    GoalMeasurementE2eTest() {
        super("goal");
    }

    private static final String VICTOR = DemoLogins.CUSTOMER_MEMBER;
    private static final String NEW_VALUE = "27.5";

    @Autowired
    SignIn signIn;
    @Autowired
    GoalService goalService;
    @Autowired
    DemoPrograms demo;

    private long verdantId;
    private long goalId;
    private LocalDate victorsToday;
    private String goalTitle;

    @BeforeEach
    void createGoalAndStartBrowser() {
        createGoal();
    }

    /** Victor, a Verdant lead, sets up a goal of his own with three measurements: enough for a chart. */
    private void createGoal() {
        verdantId = demo.id(DemoLogins.VERDANT_PROGRAM);
        goalTitle = "Scrap rate below 3 % " + UUID.randomUUID().toString().substring(0, 8);
        try {
            var victor = signIn.as(VICTOR);
            var candidates = goalService.candidates(verdantId);
            var today = TestClock.today(victor.timeZone());
            victorsToday = today;
            var targetDate = today.plusDays(60).isAfter(candidates.programTargetEnd())
                    ? candidates.programTargetEnd() : today.plusDays(60);
            var goal = goalService.create(verdantId, new GoalDraft(goalTitle,
                    "Scrap on the pilot line is material Verdant pays for twice.", "Parts measured", "%",
                    new BigDecimal("10"), new BigDecimal("40"), KpiDirection.UP, targetDate,
                    demo.personId(DemoLogins.SUPPLIER_MEMBER), demo.personId(VICTOR)));
            goalId = goal.summary().id();
            goalService.addMeasurement(verdantId, goalId, new MeasurementDraft(today.minusDays(21), new BigDecimal("12"), null));
            goalService.addMeasurement(verdantId, goalId, new MeasurementDraft(today.minusDays(14), new BigDecimal("16"), null));
            goalService.addMeasurement(verdantId, goalId, new MeasurementDraft(today.minusDays(7), new BigDecimal("19"),
                    "Second shift joined"));
        } finally {
            signIn.out();
        }
    }

    @Test
    void aCustomerLeadAddsAMeasurementAndSeesTheChartMove() {
        // Sign in
        signInAs(VICTOR);
        until(d -> bodyText().contains(DemoLogins.VERDANT_PROGRAM));

        // His program's goals, his new goal among them
        var goalsPath = "/programs/" + verdantId + "/goals";
        open(goalsPath);
        var link = until(d -> d.findElements(By.cssSelector("a.goal-card-title")).stream()
                .filter(a -> a.getText().strip().equals(goalTitle) && a.isDisplayed())
                .findFirst()
                .orElse(null));
        waitForVaadin();
        assertThat(bodyText()).contains("Complete yield data for every run", "Measurements suggest: At risk");
        screenshot("goals");

        // The goal: three measurements and a chart
        click(link);
        var goalPath = goalsPath + "/" + goalId;
        until(d -> path().equals(goalPath) && visible(d, By.cssSelector("img.goal-chart")) != null);
        waitForVaadin();
        until(d -> chartLoaded());
        assertThat(driver.getTitle()).startsWith(goalTitle);
        var chart = driver.findElement(By.cssSelector("img.goal-chart"));
        var srcBefore = chart.getAttribute("src");
        var altBefore = chart.getAttribute("alt");
        assertThat(srcBefore).isNotBlank();
        assertThat(altBefore).contains("Parts measured", "19 % (" + victorsToday.minusDays(7) + ")")
                .doesNotContain(NEW_VALUE);
        assertThat(gridCells()).contains("12 %", "16 %", "19 %").doesNotContain(NEW_VALUE + " %");
        screenshot("goal-before");

        // Add a measurement: the date is today already, the value is typed
        var dateInput = field("vaadin-date-picker", "Date");
        assertThat(dateInput.getAttribute("value")).isNotBlank();
        var valueInput = field("vaadin-big-decimal-field", "Value");
        click(valueInput);
        valueInput.sendKeys(NEW_VALUE);
        valueInput.sendKeys(Keys.TAB);
        screenshot("goal-measurement-typed");
        click(until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals("Add measurement"))
                .findFirst()
                .orElse(null)));

        // The grid shows the new value and the chart moves
        until(d -> gridCells().contains(NEW_VALUE + " %"));
        until(d -> {
            var alt = d.findElement(By.cssSelector("img.goal-chart")).getAttribute("alt");
            return alt != null && !alt.equals(altBefore) && alt.contains(NEW_VALUE + " %");
        });
        waitForVaadin();
        until(d -> chartLoaded());
        var altAfter = driver.findElement(By.cssSelector("img.goal-chart")).getAttribute("alt");
        assertThat(altAfter).contains(NEW_VALUE + " % (" + victorsToday + ")");
        assertThat(bodyText()).contains("Measurement added.");
        assertThat(gridCells()).contains("12 %", "16 %", "19 %", NEW_VALUE + " %");
        screenshot("goal-after");
    }


    /** The chart image has loaded: the browser fetched the SVG and could draw it. */
    private boolean chartLoaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector('img.goal-chart');"
                        + "return !!img && img.complete && img.naturalWidth > 0;"));
    }

}
