package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.ThreadFixtures;
import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.TestPrograms;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A conversation across the two sides in two real browsers (Debian's headless Chromium): the customer lead
 * is on her home page; Sam, the supplier lead, comments on a joint goal and mentions her, picking her from
 * the suggestions. Her bell shows the mention by push, without a reload; she opens it from the bell and
 * lands on the goal at that comment. The program is made for this test, so the demo data keeps its figures.
 */
class MentionNotifiedE2eTest extends BrowserFlowTest {

    MentionNotifiedE2eTest() {
        super("mention");
    }

    @Autowired
    ThreadFixtures fixtures;

    private CommentSubject goal;
    private String customerLead;

    @BeforeEach
    void newProgram() {
        var fixture = fixtures.create("Mention flow");
        goal = fixture.goal();
        customerLead = fixture.program().customerLead();
    }

    @Test
    void aMentionReachesTheOtherSidesBellLiveAndOpensAtTheComment() throws Exception {
        // The customer lead is signed in on her home page (the test program's set-up may have notified her).
        var customer = anotherBrowser();
        var customerWait = new WebDriverWait(customer, Duration.ofSeconds(30));
        customer.get("http://localhost:" + port + "/login");
        customerWait.until(d -> visible(d, By.cssSelector("input[name='username']"))).sendKeys(customerLead);
        var password = customer.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(DemoLogins.PASSWORD);
        password.sendKeys(Keys.ENTER);
        customerWait.until(d -> d.getCurrentUrl().endsWith("/") && !bellLabel(d).isEmpty());
        var unreadBefore = unread(bellLabel(customer));

        // Sam comments on the goal and mentions her, chosen from the suggestions.
        signInAs(DemoLogins.SUPPLIER_MEMBER);
        open("/programs/" + goal.programId() + "/goals/" + goal.id());
        var text = field("vaadin-text-area", "Comment");
        click(text);
        var question = "could you confirm the March yield? " + UUID.randomUUID().toString().substring(0, 6);
        text.sendKeys("@" + TestPrograms.CUSTOMER_LEAD_NAME.substring(0, 3));
        waitForVaadin();
        clickWhenVisible(By.cssSelector(".mention-choice"));
        waitForVaadin();
        text.sendKeys(" " + question);
        waitForVaadin();
        screenshot("mention-chosen");
        var started = System.nanoTime();
        click(button("Post"));
        until(d -> bodyText().contains(question));
        screenshot("posted");

        // Her bell counts it without a reload; the bell opens the goal at the comment.
        customerWait.until(d -> unread(bellLabel(d)) == unreadBefore + 1);
        var pushMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Mention push latency: posted by the supplier lead, counted on the customer lead's bell in "
                + pushMillis + " ms");
        // (through JavaScript: in development mode Vaadin's dev tools may float over the header)
        clickIn(customer, customer.findElement(By.cssSelector(".notification-bell-button")));
        var entry = customerWait.until(d -> d.findElements(By.cssSelector(".notification-entry.unread")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains("Sam Okafor mentioned you on “Yield above 95 %”"))
                .findFirst().orElse(null));
        clickIn(customer, entry);
        customerWait.until(d -> d.getCurrentUrl().contains("/goals/" + goal.id() + "?comment="));
        var focused = customerWait.until(d -> visible(d, By.cssSelector(".comment-focused")));
        assertThat(focused.getText()).contains("Sam Okafor", TestPrograms.CUSTOMER_LEAD_NAME, question);
        customerWait.until(d -> unread(bellLabel(d)) == unreadBefore);
    }

    private static void clickIn(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    /** "No unread notifications", "1 unread notification", "3 unread notifications" as a number. */
    private static int unread(String bellLabel) {
        return bellLabel.startsWith("No ") ? 0 : Integer.parseInt(bellLabel.substring(0, bellLabel.indexOf(' ')));
    }

    /** The bell's accessible name, which says how many notifications are unread. */
    private static String bellLabel(WebDriver browser) {
        var label = ((JavascriptExecutor) browser).executeScript(
                "var b = document.querySelector('.notification-bell-button');"
                        + " return b ? b.getAttribute('aria-label') : '';");
        return label == null ? "" : String.valueOf(label);
    }
}
