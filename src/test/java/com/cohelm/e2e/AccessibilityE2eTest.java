package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.InvitationDraft;
import com.cohelm.account.PasswordResetService;
import com.cohelm.account.PeopleAdminService;
import com.cohelm.base.mail.Mailer;
import com.cohelm.security.Role;
import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestPeople;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core in Chromium on every page each demo role may open, in the light and the dark scheme, and on the
 * pages before sign-in: no critical and no serious violation (issue 26, decision 0028). The pages are found
 * by address, with ids read from the demo data, so a page that changes keeps being checked.
 *
 * <p>axe's own script comes from the {@code com.deque.html.axe-core:selenium} jar and is injected into the
 * page the test drives; only Vaadin's development tools are left out (they are not in a production build).
 * The dark scheme is switched without reloading, by emulating {@code prefers-color-scheme} (the demo people
 * follow the system's scheme); as only colours change then, the dark pass runs axe's colour rules.
 */
class AccessibilityE2eTest extends BrowserFlowTest {

    AccessibilityE2eTest() {
        super("a11y");
    }

    private static final String NOT_FOUND_TITLE = "Page not found · CoHelm";
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** Runs axe on the page, without Vaadin's development tools, and answers the critical and serious violations. */
    private static final String RUN_AXE = """
            const rules = arguments[0];
            const done = arguments[arguments.length - 1];
            const options = { resultTypes: ['violations'] };
            if (rules.length > 0) {
              options.runOnly = { type: 'rule', values: rules };
            }
            axe.run({ exclude: [['copilot-main'], ['vaadin-dev-tools']] }, options)
              .then(result => done(result.violations
                .filter(v => v.impact === 'critical' || v.impact === 'serious')
                .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.length + ' element(s), e.g. '
                  + v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    /**
     * Waits two frames (the page's accessibility fix-ups run on the next frame after a change) and until the
     * colour transitions a change of scheme started are over (a tab's takes 0.6 s).
     */
    private static final String SETTLED = """
            const done = arguments[arguments.length - 1];
            new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
              .then(() => Promise.all(document.getAnimations().filter(a => a instanceof CSSTransition)
                .map(a => a.finished.catch(() => null))))
              .then(() => done(true));
            """;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoPrograms demo;
    @Autowired
    Mailer mailer;
    @Autowired
    TestPeople testPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    PeopleAdminService people;
    @Autowired
    PasswordResetService passwordResets;

    /** True when Vaadin's client has no request or navigation under way (as {@link #waitForVaadin()}). */
    private static final String VAADIN_IDLE = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients) { return false; }
            const flow = Object.values(clients).filter(c => typeof c.isActive === 'function');
            return flow.length > 0 && flow.every(c => !c.isActive());
            """;

    private static final Logger log = LoggerFactory.getLogger(AccessibilityE2eTest.class);

    private final List<String> violations = new ArrayList<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private String axeSource;
    private WebDriverWait quickly;
    private int pages;

    @Test
    void everyPageOfEveryRoleHasNoCriticalOrSeriousViolationInLightAndDark() {
        var start = System.nanoTime();
        axeSource = axeSource();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        // Over a hundred pages: polling every 50 ms instead of every 500 ms saves up to a second a page
        quickly = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        quickly.ignoring(StaleElementReferenceException.class);

        var preparing = System.nanoTime();
        var anonymous = anonymousPages();
        lap("invitation and reset links", preparing);
        for (var page : anonymous.entrySet()) {
            check("anonymous", page.getKey(), page.getValue());
        }
        for (var role : roles().entrySet()) {
            var signingIn = System.nanoTime();
            driver.manage().deleteAllCookies(); // a new session for each person
            signInAs(role.getKey());
            lap("sign in", signingIn);
            for (var page : pagesOf(role.getKey(), role.getValue()).entrySet()) {
                check(role.getKey(), page.getKey(), page.getValue());
            }
        }

        log.info("axe-core checked {} pages in the light and dark scheme in {} s; time spent (ms): {}", pages,
                (System.nanoTime() - start) / 1_000_000_000, millis);
        assertThat(violations).as("critical or serious accessibility violations (axe-core %s)", axeVersion())
                .withFailMessage(() -> "axe-core found " + violations.size() + " critical or serious violation(s):\n"
                        + String.join("\n", violations))
                .isEmpty();
    }

    /** Each demo person and the program they work in. */
    private static Map<String, String> roles() {
        var roles = new LinkedHashMap<String, String>();
        roles.put(DemoLogins.SUPPLIER_ADMIN, DemoLogins.BRIGHTLINE_PROGRAM);
        roles.put(DemoLogins.SUPPLIER_MEMBER, DemoLogins.BRIGHTLINE_PROGRAM);
        roles.put(DemoLogins.CUSTOMER_ADMIN, DemoLogins.BRIGHTLINE_PROGRAM);
        roles.put(DemoLogins.CUSTOMER_MEMBER, DemoLogins.VERDANT_PROGRAM);
        roles.put(DemoLogins.CUSTOMER_VIEWER, DemoLogins.BRIGHTLINE_PROGRAM);
        return roles;
    }

    /** Page kind to address: every page this person may open, with one of each kind of detail page. */
    private Map<String, String> pagesOf(String email, String programName) {
        long program = demo.id(programName);
        var pages = new LinkedHashMap<String, String>();
        pages.put("home", "/");
        pages.put("programs", "/programs");
        pages.put("program", "/programs/" + program);
        pages.put("goals", "/programs/" + program + "/goals");
        pages.put("goal", "/programs/" + program + "/goals/" + first("goal", program));
        pages.put("schedule", "/programs/" + program + "/schedule");
        pages.put("timeline", "/programs/" + program + "/schedule?view=timeline");
        pages.put("milestone", "/programs/" + program + "/schedule/" + first("milestone", program));
        pages.put("action plan", "/programs/" + program + "/actions");
        pages.put("action item", "/programs/" + program + "/actions?item=" + first("action_item", program));
        pages.put("my actions", "/my-actions");
        pages.put("feedback", "/programs/" + program + "/feedback");
        pages.put("feedback item", "/programs/" + program + "/feedback?item=" + first("feedback_item", program));
        pages.put("reviews", "/programs/" + program + "/reviews");
        long review = first("review", program);
        pages.put("review", "/reviews/" + review);
        pages.put("present mode", "/reviews/" + review + "/present");
        pages.put("health", "/programs/" + program + "/health");
        pages.put("customer health", "/customers/" + customerOf(program) + "/health");
        pages.put("activity", "/programs/" + program + "/activity");
        pages.put("profile", "/profile");
        pages.put("notification settings", "/profile/notifications");
        pages.put("notifications", "/notifications");
        var supplier = email.endsWith("@northwind.example");
        var admin = email.equals(DemoLogins.SUPPLIER_ADMIN) || email.equals(DemoLogins.CUSTOMER_ADMIN);
        if (supplier) {
            pages.put("portfolio", "/portfolio");
        }
        if (admin) {
            pages.put("users", "/admin/users");
        }
        if (email.equals(DemoLogins.SUPPLIER_ADMIN)) {
            pages.put("audit", "/audit");
            pages.put("organizations", "/admin/organizations");
            if (mailer.usesDevMailbox()) {
                pages.put("mailbox", "/admin/mailbox");
            }
        }
        return pages;
    }

    /** The pages before sign-in, with a live invitation and a live reset link. */
    private Map<String, String> anonymousPages() {
        var customer = testPeople.customer("Accessibility of the public pages");
        var invitee = "a11y-invitee-" + customer.programId() + "@test.example";
        signIn.as(customer.admin());
        try {
            people.invite(new InvitationDraft(invitee, customer.organizationId(), Role.MEMBER, "Ida Invitee"));
        } finally {
            signIn.out();
        }
        passwordResets.requestReset(customer.member());
        var pages = new LinkedHashMap<String, String>();
        pages.put("sign-in", "/login");
        pages.put("sign-in error", "/login?error");
        pages.put("reset password", "/reset-password");
        pages.put("new password", "/reset-password/" + token(customer.member()));
        pages.put("invitation", "/invitation/" + token(invitee));
        pages.put("expired invitation", "/invitation/no-such-invitation");
        return pages;
    }

    private String token(String email) {
        return TestPeople.token(TestPeople.link(testPeople.latestMailTo(email).orElseThrow()));
    }

    private void check(String who, String kind, String address) {
        pages++;
        var t = System.nanoTime();
        setScheme("light");
        go(address);
        assertThat(driver.getTitle()).as("%s opens the %s page at %s", who, kind, address).isNotEqualTo(NOT_FOUND_TITLE);
        // Colour transitions (a tab's takes 0.6 s) run 100 times faster: the scheme's colours apply at once.
        ((ChromeDriver) driver).executeCdpCommand("Animation.setPlaybackRate", Map.of("playbackRate", 100));
        t = lap("open", t);
        var before = violations.size();
        axe(who, kind, address, "light", List.of());
        t = lap("axe light", t);
        setScheme("dark");
        axe(who, kind, address, "dark", COLOUR_RULES);
        lap("axe dark", t);
        if (violations.size() > before) {
            screenshot(who.replaceAll("@.*", "") + "-" + kind.replace(' ', '-'));
        }
    }

    private long lap(String what, long since) {
        var now = System.nanoTime();
        millis.merge(what, (now - since) / 1_000_000, Long::sum);
        return now;
    }

    /**
     * Goes to an address the way a link in the page does: Vaadin's router changes the page without loading
     * the application again (a full load per page took seconds in development mode). The first page of a
     * session is loaded in full, rendered on the server (eager server load).
     */
    private void go(String address) {
        var current = URI.create(driver.getCurrentUrl());
        var here = current.getPath() + (current.getQuery() == null ? "" : "?" + current.getQuery());
        if (!here.equals(address)) {
            var signedInApp = current.getPort() == port && !here.startsWith("/login")
                    && !here.startsWith("/invitation") && !here.startsWith("/reset-password");
            if (!signedInApp) {
                open(address); // each page before sign-in is loaded in full, as a visitor's link would
            } else {
                ((JavascriptExecutor) driver).executeScript("""
                        const link = document.createElement('a');
                        link.href = arguments[0];
                        document.body.appendChild(link);
                        link.click();
                        link.remove();""", address.substring(1));
            }
            quickly.until(d -> {
                var url = URI.create(d.getCurrentUrl());
                return (url.getPath() + (url.getQuery() == null ? "" : "?" + url.getQuery())).equals(address);
            });
        }
        quickly.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    @SuppressWarnings("unchecked")
    private void axe(String who, String kind, String address, String scheme, List<String> rules) {
        var js = (JavascriptExecutor) driver;
        js.executeAsyncScript(SETTLED);
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource);
        }
        var found = (List<Object>) js.executeAsyncScript(RUN_AXE, rules);
        found.forEach(v -> violations.add("%s page %s as %s, %s: %s".formatted(kind, address, who, scheme, v)));
    }

    /** The scheme the page's {@code prefers-color-scheme} answers, applied at once without a reload. */
    private void setScheme(String scheme) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private long first(String table, long program) {
        return jdbc.sql("select min(id) from " + table + " where program_id = ?").param(program).query(Long.class).single();
    }

    private long customerOf(long program) {
        return jdbc.sql("select customer_id from program where id = ?").param(program).query(Long.class).single();
    }

    private String axeVersion() {
        var js = (JavascriptExecutor) driver;
        return String.valueOf(js.executeScript("return window.axe ? axe.version : 'not loaded';"));
    }

    private static String axeSource() {
        try (var in = AccessibilityE2eTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
