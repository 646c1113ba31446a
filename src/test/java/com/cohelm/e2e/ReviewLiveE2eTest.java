package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review meeting with both sides on their own screens, in two real browsers: the supplier lead records
 * a decision and moves to the next item, and the customer lead's screen shows both by server push. The
 * time from the click to the text on the other screen is measured and printed.
 */
class ReviewLiveE2eTest extends BrowserFlowTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ReviewService reviews;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;

    private long reviewId;
    private String customerLead;

    ReviewLiveE2eTest() {
        super("review-live");
    }

    @BeforeEach
    void meeting() {
        var program = testPrograms.create("Live review");
        customerLead = program.customerLead();
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            var review = reviews.schedule(program.id(), new ReviewDraft("Launch review",
                    TestClock.now().minus(Duration.ofMinutes(5)), 60, "Room 4",
                    Set.of(demo.personId(DemoLogins.SUPPLIER_MEMBER), demo.personId(customerLead))));
            reviewId = review.id();
            reviews.addCustomItem(reviewId, "Launch readiness", null);
            reviews.addCustomItem(reviewId, "Holiday staffing", null);
        } finally {
            signIn.out();
        }
    }

    @Test
    void aDecisionTypedByOneSideAppearsOnTheOtherSidesScreen() throws IOException {
        // The customer lead follows the meeting in her own browser.
        var customer = anotherBrowser();
        var customerWait = new WebDriverWait(customer, Duration.ofSeconds(30));
        customer.get("http://localhost:" + port + "/login");
        customerWait.until(d -> visible(d, By.cssSelector("input[name='username']"))).sendKeys(customerLead);
        var password = customer.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(DemoLogins.PASSWORD);
        password.sendKeys(Keys.ENTER);
        customerWait.until(d -> d.getCurrentUrl().endsWith("/"));
        customer.get("http://localhost:" + port + "/reviews/" + reviewId);
        customerWait.until(d -> text(d).contains("Launch readiness") && text(d).contains("Nothing written yet."));

        // The supplier lead runs the meeting.
        signInAs(DemoLogins.SUPPLIER_MEMBER);
        open("/reviews/" + reviewId);
        until(d -> bodyText().contains("Launch readiness"));
        waitForVaadin();
        var decision = "Freeze the firmware at 3.2 " + UUID.randomUUID().toString().substring(0, 6);
        field("vaadin-text-field", "Decision").sendKeys(decision);
        choose("Agreed for the supplier by", "Sam");
        choose("Agreed for the customer by", TestPrograms.CUSTOMER_LEAD_NAME.substring(0, 4));
        screenshot("decision-typed");

        var started = System.nanoTime();
        click(button("Record decision"));
        awaitText(customer, decision);
        var decisionMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Review push latency: decision typed by the supplier lead on the customer lead's screen in "
                + decisionMillis + " ms");
        assertThat(text(customer)).contains("Agreed by Sam Okafor and " + TestPrograms.CUSTOMER_LEAD_NAME);
        screenshot("decision-recorded");

        // The presenter moves on; the other screen follows.
        waitForVaadin();
        // By its text content: recording the decision scrolled the agenda out of view, and WebDriver reads no
        // text from an element outside the view (click() scrolls it back).
        var next = until(d -> d.findElements(By.cssSelector(".review-agenda-item .clickable")).stream()
                .filter(e -> String.valueOf(e.getDomProperty("textContent")).contains("Holiday staffing")).findFirst()
                .orElse(null));
        started = System.nanoTime();
        click(next);
        awaitCurrentItem(customer, "Holiday staffing");
        var moveMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Review push latency: presenter's move on the customer lead's screen in " + moveMillis + " ms");

        assertThat(decisionMillis).as("a decision reaches the other screen promptly").isLessThan(3_000);
        assertThat(moveMillis).as("the other screen follows the presenter promptly").isLessThan(3_000);
    }

    private void choose(String label, String typed) {
        var box = field("vaadin-combo-box", label);
        box.sendKeys(typed);
        waitForVaadin();
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);
        waitForVaadin();
    }

    private static String text(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return document.body.innerText;"));
    }

    /** Polls the other browser every few milliseconds, so the measured time is the push's, not the poll's. */
    private static void awaitText(WebDriver browser, String text) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.body.innerText.includes(arguments[0]);", text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("\"" + text + "\" did not appear on the other screen");
            }
            pause();
        }
    }

    private static void awaitCurrentItem(WebDriver browser, String title) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const head = document.querySelector('.review-item-head');"
                        + " return !!head && head.innerText.includes(arguments[0]);", title))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the other screen did not follow to " + title);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
