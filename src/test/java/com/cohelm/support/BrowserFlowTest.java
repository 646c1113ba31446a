package com.cohelm.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end flows in a real browser: Debian's headless Chromium driven by its chromedriver, so nothing
 * is downloaded (a {@link Browser}). Each flow saves numbered screenshots under {@code target/e2e-screenshots}
 * with its own prefix, the last one also when a step fails. Skipped only where Chromium is not installed.
 */
@CohelmSpringTest
public abstract class BrowserFlowTest {

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private Browser browser;
    private final String screenshotPrefix;
    private final List<Browser> otherBrowsers = new ArrayList<>();

    protected BrowserFlowTest(String screenshotPrefix) {
        this.screenshotPrefix = screenshotPrefix;
    }

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(Browser.CHROMIUM),
                "Chromium is not installed at " + Browser.CHROMIUM + ": end-to-end test skipped");
        Browser.deleteScreenshots(screenshotPrefix);
        browser = Browser.start(URI.create("http://localhost:" + port), screenshotPrefix);
        driver = browser.driver();
    }

    /**
     * A second browser with a profile of its own, for flows where two people are on the page at once (two
     * sign-ins, two sessions). It is closed after the test; the helpers of this class drive {@link #driver}.
     */
    protected WebDriver anotherBrowser() throws IOException {
        var other = Browser.start(URI.create("http://localhost:" + port), screenshotPrefix + "-other");
        otherBrowsers.add(other);
        return other.driver();
    }

    @AfterEach
    void stopBrowser() {
        otherBrowsers.forEach(Browser::close);
        otherBrowsers.clear();
        if (browser != null) {
            try {
                browser.screenshot("last"); // where the browser was at the end, also when a step failed
            } catch (RuntimeException e) {
                // best effort: the test's own failure is the one to report
            } finally {
                browser.close();
            }
        }
    }

    protected void open(String path) {
        browser.open(path);
    }

    protected String path() {
        return browser.path();
    }

    /** The text a person sees, light DOM and shadow DOM alike, as WebDriver renders it. */
    protected String bodyText() {
        return browser.bodyText();
    }

    /** The text of every grid cell; a cell with a link counts as the link's text. */
    protected List<String> gridCells() {
        return browser.gridCells();
    }

    /** A real click on an element brought into view; see {@link Browser#click}. */
    protected void click(WebElement element) {
        browser.click(element);
    }

    protected void waitForVaadin() {
        browser.waitForVaadin();
    }

    protected <T> T until(Function<WebDriver, T> condition) {
        return browser.until(condition);
    }

    /** Signs in through the login form as a demo person and waits for the home page. */
    protected void signInAs(String email) {
        browser.signInAs(email);
    }

    /** The visible Vaadin button with exactly this text. */
    protected WebElement button(String text) {
        return browser.button(text);
    }

    /** The input (or text area) inside a Vaadin field with the given label: it lives in the light DOM. */
    protected WebElement field(String tag, String label) {
        return browser.field(tag, label);
    }

    /** Clicks the first visible element that matches; see {@link Browser#clickWhenVisible}. */
    protected void clickWhenVisible(By by) {
        browser.clickWhenVisible(by);
    }

    protected static WebElement visible(WebDriver driver, By by) {
        return Browser.visible(driver, by);
    }

    protected void screenshot(String name) {
        browser.screenshot(name);
    }
}
