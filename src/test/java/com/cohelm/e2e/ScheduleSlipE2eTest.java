package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramStatus;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A slip reported and contested in a real browser (Debian's headless Chromium): Sam records a slip on his
 * milestone with its own action, a later planned date, its cause, explanation and recovery plan;
 * Carl, the customer lead, reads it, contests it with a comment, and the program overview lists it under
 * "Contested slips". Program and milestone are created for this test, so the demo schedules stay as they are.
 */
class ScheduleSlipE2eTest extends BrowserFlowTest {

    ScheduleSlipE2eTest() {
        super("schedule-slip");
    }

    private static final String SAM = DemoLogins.SUPPLIER_MEMBER;
    private static final String CARL = "carl@calloway.example";
    /** The browser speaks en-US: the date pickers show and read M/d/yyyy. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    /** How the pages print a date in en-US. */
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    @Autowired
    SignIn signIn;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    DemoPrograms demo;

    private long programId;
    private long milestoneId;
    private String title;
    private LocalDate planned;

    @BeforeEach
    void createProgramAndMilestone() {
        try {
            signIn.as(DemoLogins.SUPPLIER_ADMIN);
            var start = TestClock.today().minusMonths(1);
            var program = programEdits.create(new ProgramDraft(demo.organizationId("Calloway Motor Works"),
                    "Slip flow " + UUID.randomUUID().toString().substring(0, 8), "Slips are explained and answered",
                    start, start.plusMonths(9), ProgramStatus.ACTIVE, demo.personId(SAM), demo.personId(CARL),
                    Set.of(), Set.of(demo.personId("maya@calloway.example"))));
            programId = program.id();
            var sam = signIn.as(SAM);
            planned = TestClock.today(sam.timeZone()).plusDays(20);
            title = "Diagnostic server racked " + UUID.randomUUID().toString().substring(0, 8);
            milestoneId = milestoneService.create(programId, new MilestoneDraft(title, "In the Calloway data centre.",
                    OwnerSide.SUPPLIER, sam.id(), planned, planned, Set.of(), Set.of(), null)).row().id();
        } finally {
            signIn.out();
        }
    }

    @Test
    void theSupplierReportsASlipAndTheCustomerLeadContestsIt() {
        var milestonePath = "/programs/" + programId + "/schedule/" + milestoneId;

        // Sam records a slip: the planned date ten days later
        signInAs(SAM);
        open(milestonePath);
        until(d -> bodyText().contains(title) && bodyText().contains("This milestone has not slipped."));
        waitForVaadin();
        click(button("Record a slip"));
        var plannedInput = field("vaadin-date-picker", "New planned date");
        var later = planned.plusDays(10);
        click(plannedInput);
        plannedInput.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        plannedInput.sendKeys(later.format(US_DATE));
        plannedInput.sendKeys(Keys.ENTER); // commits the typed date and closes the calendar overlay
        waitForVaadin();
        screenshot("slip-form");

        // ... and says why, and how the time is won back
        var cause = until(d -> d.findElements(By.cssSelector("vaadin-select")).stream()
                .filter(f -> f.isDisplayed() && "Cause".equals(f.getAttribute("label"))).findFirst().orElse(null));
        click(cause.findElement(By.cssSelector("vaadin-select-value-button")));
        click(until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && "External".equals(String.valueOf(i.getAttribute("textContent")).strip()))
                .findFirst().orElse(null)));
        waitForVaadin();
        field("vaadin-text-area", "Explanation").sendKeys("The rack vendor shipped to the wrong site.");
        field("vaadin-text-area", "Recovery plan").sendKeys("Racked by the vendor's local team, tested remotely.");
        waitForVaadin();
        // the dialog's own "Record a slip" (the page's is behind it)
        click(until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals("Record a slip"))
                .reduce((first, second) -> second).orElse(null)));
        until(d -> bodyText().contains("Awaiting answer"));
        waitForVaadin();
        assertThat(bodyText()).contains("The rack vendor shipped to the wrong site.",
                "Racked by the vendor's local team, tested remotely.", "Slipped from " + planned.format(SHOWN_DATE)
                        + " to " + later.format(SHOWN_DATE));
        // read again when the page re-renders a button between finding and reading it (null: the wait tries again)
        List<String> buttons = until(d -> {
            try {
                return d.findElements(By.cssSelector("vaadin-button")).stream().map(b -> b.getText().strip()).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                return null;
            }
        });
        assertThat(buttons).doesNotContain("Acknowledge", "Contest");
        screenshot("slip-reported");

        // Carl, Calloway's lead, contests it
        driver.manage().deleteAllCookies();
        signInAs(CARL);
        open(milestonePath);
        until(d -> bodyText().contains(title) && bodyText().contains("Awaiting answer"));
        waitForVaadin();
        field("vaadin-text-area", "Comment").sendKeys("Our own team can rack it this week; keep the date.");
        waitForVaadin();
        click(button("Contest"));
        until(d -> {
            var card = visible(d, By.cssSelector(".slip-card"));
            return card != null && card.getText().contains("Contested") && !card.getText().contains("Awaiting answer");
        });
        waitForVaadin();
        assertThat(bodyText()).contains("Carl", "contested", "Our own team can rack it this week; keep the date.");
        screenshot("slip-contested");

        // The program overview lists it among the contested slips
        open("/programs/" + programId);
        var contested = until(d -> {
            var card = visible(d, By.cssSelector(".contested-slips"));
            return card != null && card.getText().contains(title) ? card : null;
        });
        assertThat(contested.getText()).contains("Contested slips", title, "External", "contested");
        screenshot("overview");
    }



}
