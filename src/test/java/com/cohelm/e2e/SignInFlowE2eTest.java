package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in flow in a real browser (Debian's headless Chromium): a customer admin signs in, sees her
 * own program and not the other customers' ones, gets the very same not-found page for another
 * customer's program as for an id that does not exist, and signs out.
 */
class SignInFlowE2eTest extends BrowserFlowTest {

    SignInFlowE2eTest() {
        super("signin");
    }

    private static final String DISPLAY_NAME = "Bea Lindqvist";
    private static final String NOT_FOUND_TITLE = "Page not found";
    private static final String NOT_FOUND_TEXT = "There is nothing at this address, or it is not shared with you.";

    @Autowired
    DataSource dataSource;


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

}
