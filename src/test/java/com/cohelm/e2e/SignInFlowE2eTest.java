package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
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
import javax.sql.DataSource;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in flow in a real browser (Debian's headless Chromium): a customer admin signs in, sees her
 * own program and not the other customers' ones, gets the very same not-found page for another
 * customer's program as for an id that does not exist, and signs out.
 */
@CohelmSpringTest
class SignInFlowE2eTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final String DISPLAY_NAME = "Bea Lindqvist";
    private static final String NOT_FOUND_TITLE = "Page not found";
    private static final String NOT_FOUND_TEXT = "There is nothing at this address, or it is not shared with you.";

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
    DataSource dataSource;

    private Path userDataDir;
    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;
    private int step;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + ": end-to-end test skipped");
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.newDirectoryStream(SCREENSHOTS, "[0-9]*.png")) {
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
                "--disable-sync", "--no-first-run", "--window-size=1400,900",
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
    void customerAdminSignsInSeesOnlyHerProgramsAndSignsOut() {
        // Sign in
        open("/login");
        var username = until(d -> visible(d, By.cssSelector("input[name='username']")));
        screenshot("login");
        username.sendKeys(DemoLogins.CUSTOMER_ADMIN);
        var password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(DemoLogins.PASSWORD);
        screenshot("login-filled");
        password.sendKeys(Keys.ENTER);

        // Home: her own program
        until(d -> path().equals("/") && bodyText().contains(DemoLogins.BRIGHTLINE_PROGRAM));
        waitForVaadin();
        assertThat(bodyText()).contains(DISPLAY_NAME);
        screenshot("home");

        // Programs: hers, and not the other customers' programs
        open("/programs");
        until(d -> gridCells().contains(DemoLogins.BRIGHTLINE_PROGRAM));
        waitForVaadin();
        var cells = gridCells();
        screenshot("programs");
        assertThat(cells)
                .contains(DemoLogins.BRIGHTLINE_PROGRAM)
                .doesNotContain(DemoLogins.VERDANT_PROGRAM, DemoLogins.CALLOWAY_PROGRAM);
        assertThat(bodyText()).doesNotContain(DemoLogins.VERDANT_PROGRAM, DemoLogins.CALLOWAY_PROGRAM);

        // Another customer's program looks exactly like one that does not exist
        long verdantId = JdbcClient.create(dataSource)
                .sql("select id from program where name = ?")
                .param(DemoLogins.VERDANT_PROGRAM)
                .query(Long.class)
                .single();
        var hidden = notFoundPage("/programs/" + verdantId, "program-of-another-customer");
        var missing = notFoundPage("/programs/999999999", "program-that-does-not-exist");
        assertThat(hidden.text()).isEqualTo(missing.text());
        assertThat(hidden.title()).isEqualTo(missing.title());
        assertThat(hidden.text()).doesNotContain(DemoLogins.VERDANT_PROGRAM);

        // Sign out through the user menu
        var userMenu = until(d -> d.findElements(By.cssSelector("vaadin-menu-bar")).stream()
                .filter(menu -> menu.getText().contains(DISPLAY_NAME))
                .findFirst()
                .flatMap(menu -> menu.findElements(By.cssSelector("vaadin-menu-bar-button")).stream()
                        .filter(button -> button.getText().contains(DISPLAY_NAME) && button.isDisplayed())
                        .findFirst())
                .orElse(null));
        click(userMenu);
        var signOut = until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item, vaadin-context-menu-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals("Sign out"))
                .findFirst()
                .orElse(null));
        screenshot("user-menu");
        click(signOut);
        until(d -> path().equals("/login") && visible(d, By.cssSelector("input[name='username']")) != null);
        screenshot("signed-out");

        // Signed out for real: the programs page sends her back to the login page
        open("/programs");
        until(d -> path().equals("/login") && visible(d, By.cssSelector("input[name='username']")) != null);
        assertThat(bodyText()).doesNotContain(DemoLogins.BRIGHTLINE_PROGRAM);
        screenshot("programs-after-sign-out");
    }

    private record Page(String title, String text) {
    }

    private Page notFoundPage(String path, String name) {
        open(path);
        until(d -> bodyText().contains(NOT_FOUND_TEXT));
        waitForVaadin();
        until(d -> d.getTitle().startsWith(NOT_FOUND_TITLE));
        var text = bodyText();
        assertThat(text).contains(NOT_FOUND_TITLE, NOT_FOUND_TEXT);
        assertThat(path()).isEqualTo(path);
        screenshot(name);
        return new Page(driver.getTitle(), text);
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

    /** The texts of the grid's cells (vaadin-grid renders them in light-DOM cell contents). */
    @SuppressWarnings("unchecked")
    /** The text of every grid cell; a cell with a link counts as the link's text (the program name). */
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
     * in development mode" notice over the navbar, so a click that only the dev tools intercept is sent
     * to the element through JavaScript instead. A production build has no dev tools.
     */
    private void click(WebElement element) {
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
        var file = SCREENSHOTS.resolve("%02d-%s.png".formatted(++step, name));
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
