package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A goal measured in a real browser (Debian's headless Chromium): a customer lead signs in, opens his
 * program's goals, opens a goal with three measurements and its chart, adds a fourth measurement through
 * the form, and sees the grid and the chart move. The goal is his own, created for this test, so the
 * demo goals keep their measurements.
 */
@CohelmSpringTest
class GoalMeasurementE2eTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final String VICTOR = DemoLogins.CUSTOMER_MEMBER;
    private static final String NEW_VALUE = "27.5";

    /** True when every Vaadin client on the page exists and has no request or navigation under way. */
    private static final String VAADIN_IDLE = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients) { return false; }
            const flow = Object.values(clients).filter(c => typeof c.isActive === 'function');
            return flow.length > 0 && flow.every(c => !c.isActive());
            """;

    @LocalServerPort
    int port;

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
    private Path userDataDir;
    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;
    private int step;

    @BeforeEach
    void createGoalAndStartBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + ": end-to-end test skipped");
        createGoal();
        startBrowser();
    }

    /** Victor, a Verdant lead, sets up a goal of his own with three measurements: enough for a chart. */
    private void createGoal() {
        verdantId = demo.id(DemoLogins.VERDANT_PROGRAM);
        goalTitle = "Scrap rate below 3 % " + UUID.randomUUID().toString().substring(0, 8);
        try {
            var victor = signIn.as(VICTOR);
            var candidates = goalService.candidates(verdantId);
            var today = LocalDate.now(victor.timeZone());
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

    private void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.newDirectoryStream(SCREENSHOTS, "goal-*.png")) {
            for (var file : old) {
                Files.delete(file);
            }
        }
        userDataDir = Files.createTempDirectory("cohelm-e2e-chromium");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1400,1100",
                // The UI language follows the browser: pin it so the texts below are the English ones.
                "--lang=en-US",
                "--user-data-dir=" + userDataDir);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class); // Vaadin re-renders while we look
    }

    @AfterEach
    void stopBrowser() throws IOException {
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

    @Test
    void aCustomerLeadAddsAMeasurementAndSeesTheChartMove() {
        // Sign in
        open("/login");
        var username = until(d -> visible(d, By.cssSelector("input[name='username']")));
        username.sendKeys(VICTOR);
        var password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(DemoLogins.PASSWORD);
        password.sendKeys(Keys.ENTER);
        until(d -> path().equals("/") && bodyText().contains(DemoLogins.VERDANT_PROGRAM));
        waitForVaadin();

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

    /** The input inside a Vaadin field with the given label (the input lives in the light DOM). */
    private WebElement field(String tag, String label) {
        return until(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(f -> f.isDisplayed() && label.equals(f.getAttribute("label")))
                .findFirst()
                .map(f -> f.findElement(By.cssSelector("input")))
                .orElse(null));
    }

    /** The chart image has loaded: the browser fetched the SVG and could draw it. */
    private boolean chartLoaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector('img.goal-chart');"
                        + "return !!img && img.complete && img.naturalWidth > 0;"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The text a person sees, light DOM and shadow DOM alike, as WebDriver renders it. */
    private String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The text of every grid cell (vaadin-grid renders them in light-DOM cell contents). */
    @SuppressWarnings("unchecked")
    private List<String> gridCells() {
        var texts = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => (c.querySelector('a') || c).textContent.trim()).filter(t => t.length > 0);");
        var cells = new ArrayList<String>();
        texts.forEach(t -> cells.add(String.valueOf(t)));
        return cells;
    }

    /**
     * A real click; in development mode (the test run) Vaadin's dev tools may float their "App is running
     * in development mode" notice over the page, so a click that only the dev tools intercept is sent
     * to the element through JavaScript instead. A production build has no dev tools.
     */
    private void click(WebElement element) {
        // The page scrolls inside the app layout, not the window: bring the element into view first.
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

    private void waitForVaadin() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    private <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    private static WebElement visible(WebDriver driver, By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private void screenshot(String name) {
        var file = SCREENSHOTS.resolve("goal-%02d-%s.png".formatted(++step, name));
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
