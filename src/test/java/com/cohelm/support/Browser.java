package com.cohelm.support;

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

/**
 * One person's browser: Debian's headless Chromium with a profile of its own, driven by its chromedriver (nothing
 * is downloaded), aimed at one CoHelm address, with the Vaadin-aware steps the end-to-end flows share. Screenshots
 * go to {@code target/e2e-screenshots}, numbered, with the browser's prefix. {@link BrowserFlowTest} drives one
 * against its test application; the cluster tests drive several, one per person, against a load balancer.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** True when every Vaadin client on the page exists and has no request or navigation under way. */
    private static final String VAADIN_IDLE = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients) { return false; }
            const flow = Object.values(clients).filter(c => typeof c.isActive === 'function');
            return flow.length > 0 && flow.every(c => !c.isActive());
            """;

    private final URI base;
    private final String screenshotPrefix;
    private final Path userDataDir;
    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private int step;

    private Browser(URI base, String screenshotPrefix) throws IOException {
        this.base = base;
        this.screenshotPrefix = screenshotPrefix;
        this.userDataDir = Files.createTempDirectory("cohelm-e2e-chromium");
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options(userDataDir));
        this.wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class); // Vaadin re-renders while we look
    }

    /** True where Debian's Chromium is installed; the flows are skipped elsewhere. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * A new browser for the CoHelm at {@code base} (e.g. {@code http://localhost:8080}); {@link #open} takes paths
     * under it.
     */
    public static Browser start(URI base, String screenshotPrefix) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        return new Browser(base, screenshotPrefix);
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

    public WebDriver driver() {
        return driver;
    }

    public URI base() {
        return base;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The text a person sees, light DOM and shadow DOM alike, as WebDriver renders it. */
    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The text of every grid cell; a cell with a link counts as the link's text. */
    @SuppressWarnings("unchecked")
    public List<String> gridCells() {
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
    public void click(WebElement element) {
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

    public void waitForVaadin() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Types into the sign-in page's form, which must be open: the demo password, then Enter. */
    public void submitSignIn(String email) {
        var username = until(d -> visible(d, By.cssSelector("input[name='username']")));
        username.sendKeys(email);
        var password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(DemoLogins.PASSWORD);
        password.sendKeys(Keys.ENTER);
    }

    /** Signs in through the login form as a demo person and waits for the home page. */
    public void signInAs(String email) {
        open("/login");
        submitSignIn(email);
        until(d -> path().equals("/"));
        waitForVaadin();
    }

    /** True while the sign-in form is on the screen. */
    public boolean onSignInPage() {
        return path().equals("/login") && visible(driver, By.cssSelector("input[name='username']")) != null;
    }

    /** The visible Vaadin button with exactly this text. */
    public WebElement button(String text) {
        return until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals(text))
                .findFirst()
                .orElse(null));
    }

    /** The input (or text area) inside a Vaadin field with the given label: it lives in the light DOM. */
    public WebElement field(String tag, String label) {
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
    public void clickWhenVisible(By by) {
        until(d -> {
            var element = visible(d, by);
            if (element == null) {
                return null;
            }
            click(element);
            return Boolean.TRUE;
        });
    }

    public static WebElement visible(WebDriver driver, By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    public void screenshot(String name) {
        var file = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(screenshotPrefix, ++step, name));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + file, e);
        }
    }

    /** Deletes the screenshots an earlier run left under this prefix. */
    public static void deleteScreenshots(String prefix) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.newDirectoryStream(SCREENSHOTS, prefix + "-*.png")) {
            for (var file : old) {
                Files.delete(file);
            }
        }
    }

    /** Quits the browser and deletes its profile; best effort, so that a test's own failure is the one reported. */
    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone
        } finally {
            service.stop();
            deleteQuietly(userDataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp dir
        }
    }
}
