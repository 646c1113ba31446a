package com.cohelm.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end flows in a real browser: Debian's headless Chromium driven by its chromedriver, so nothing
 * is downloaded. Each flow saves numbered screenshots under {@code target/e2e-screenshots} with its own
 * prefix, the last one also when a step fails. Skipped only where Chromium is not installed.
 */
@CohelmSpringTest
public abstract class BrowserFlowTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    /** True when every Vaadin client on the page exists and has no request or navigation under way. */
    private static final String VAADIN_IDLE = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients) { return false; }
            const flow = Object.values(clients).filter(c => typeof c.isActive === 'function');
            return flow.length > 0 && flow.every(c => !c.isActive());
            """;

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private WebDriverWait wait;
    private final String screenshotPrefix;
    private Path userDataDir;
    private ChromeDriverService service;
    private int step;

    protected BrowserFlowTest(String screenshotPrefix) {
        this.screenshotPrefix = screenshotPrefix;
    }

    private final List<Runnable> otherBrowsers = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + ": end-to-end test skipped");
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.newDirectoryStream(SCREENSHOTS, screenshotPrefix + "-*.png")) {
            for (var file : old) {
                Files.delete(file);
            }
        }
        userDataDir = Files.createTempDirectory("cohelm-e2e-chromium");
        service = newDriverService();
        driver = new ChromeDriver(service, options(userDataDir));
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class); // Vaadin re-renders while we look
    }

    private static ChromeDriverService newDriverService() {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
    }

    private static ChromeOptions options(Path userDataDir) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1400,900",
                // The UI language follows the browser: pin it so the texts the flows look for are English.
                "--lang=en-US",
                "--user-data-dir=" + userDataDir);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        return options;
    }

    /**
     * A second browser with a profile of its own, for flows where two people are on the page at once (two
     * sign-ins, two sessions). It is closed after the test; the helpers of this class drive {@link #driver}.
     */
    protected WebDriver anotherBrowser() throws IOException {
        var dir = Files.createTempDirectory("cohelm-e2e-chromium");
        var otherService = newDriverService();
        var other = new ChromeDriver(otherService, options(dir));
        otherBrowsers.add(() -> {
            try {
                other.quit();
                otherService.stop();
                deleteQuietly(dir);
            } catch (IOException | RuntimeException e) {
                // best effort: the test's own outcome is the one to report
            }
        });
        return other;
    }

    @AfterEach
    void stopBrowser() throws IOException {
        otherBrowsers.forEach(Runnable::run);
        otherBrowsers.clear();
        try {
            if (driver != null) {
                try {
                    screenshot("last"); // where the browser was at the end, also when a step failed
                } catch (RuntimeException e) {
                    // best effort: the test's own failure is the one to report
                } finally {
                    driver.quit();
                }
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteQuietly(userDataDir);
        }
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    protected String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The text a person sees, light DOM and shadow DOM alike, as WebDriver renders it. */
    protected String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The text of every grid cell; a cell with a link counts as the link's text. */
    @SuppressWarnings("unchecked")
    protected List<String> gridCells() {
        var texts = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => (c.querySelector('a') || c).textContent.trim()).filter(t => t.length > 0);");
        var cells = new ArrayList<String>();
        texts.forEach(t -> cells.add(String.valueOf(t)));
        return cells;
    }

    /**
     * A real click on an element brought into view (pages scroll inside the app layout, not the
     * window). In development mode Vaadin's dev tools may float a notice over the page; a click that
     * only they intercept is sent through JavaScript instead. A production build has no dev tools.
     */
    protected void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            var message = String.valueOf(e.getMessage());
            if (!message.contains("<copilot-") && !message.contains("<vaadin-dev-tools")) {
                throw e;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    protected void waitForVaadin() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    protected <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Signs in through the login form as a demo person and waits for the home page. */
    protected void signInAs(String email) {
        open("/login");
        var username = until(d -> visible(d, By.cssSelector("input[name='username']")));
        username.sendKeys(email);
        var password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(DemoLogins.PASSWORD);
        password.sendKeys(Keys.ENTER);
        until(d -> path().equals("/"));
        waitForVaadin();
    }

    /** The visible Vaadin button with exactly this text. */
    protected WebElement button(String text) {
        return until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals(text))
                .findFirst()
                .orElse(null));
    }

    /** The input (or text area) inside a Vaadin field with the given label: it lives in the light DOM. */
    protected WebElement field(String tag, String label) {
        return until(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(f -> f.isDisplayed() && label.equals(f.getAttribute("label")))
                .findFirst()
                .map(f -> f.findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input")))
                .orElse(null));
    }

    /**
     * Clicks the first visible element that matches, looking again when Vaadin re-rendered it between finding and
     * clicking (a list of suggestions that refreshes as each typed character reaches the server).
     */
    protected void clickWhenVisible(By by) {
        until(d -> {
            var element = visible(d, by);
            if (element == null) {
                return null;
            }
            click(element);
            return Boolean.TRUE;
        });
    }

    protected static WebElement visible(WebDriver driver, By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    protected void screenshot(String name) {
        var file = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(screenshotPrefix, ++step, name));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + file, e);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
