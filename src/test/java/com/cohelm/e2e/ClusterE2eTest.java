package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.Browser;
import com.cohelm.support.ClusterNodes;
import com.cohelm.support.ClusterTools;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.Haproxy;
import com.cohelm.support.HttpSignIn;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * CoHelm on two nodes behind HAProxy, end to end (issue 27, decisions 0039 and 0040): two JVMs on one database,
 * HAProxy run from the reference configuration, people in real browsers (Debian's Chromium), each under a host
 * name of their own so that HAProxy's log tells which node served whom. One cluster for the whole class: the
 * checks are steps, in order, each leaving the cluster as the next expects it.
 * <ol>
 *   <li>A person who signs in through the balancer is pinned to one node: every request they make goes there.
 *   <li>Disabling a person through one node ends their session on the other at its next request.
 *   <li>The first person's node is drained: they stay on it and save, a new person goes to the other node.
 *   <li>The drained node is killed ({@code kill -9}): the other node's person notices nothing, the first person
 *       lands on the other node's sign-in page, signs in and finds what they saved.
 *   <li>The node left stops gracefully (SIGTERM) with pages open, without waiting out its shutdown timeout.
 * </ol>
 * <p>One pair of node starts for the whole class (the suite's time): the drained node is killed rather than
 * stopped with SIGTERM and the killed node is not started again, since both would need a third start; the graceful
 * stop is the last step. {@link ClusterNodes#restart} is there for a check that needs a node back.
 * <p>Checks that need the cluster bus (decision 0038: a review decision made on one node appears on the other
 * node's open review page, the presenter's move, the mention bell) go between steps 2 and 3 ({@code @Order}
 * 21 to 29), while both nodes run: {@link #browserOn} gives a person's browser on the node wanted.
 *
 * <p>Skipped where HAProxy, Redis or Chromium is missing, failed there under
 * {@code COHELM_REQUIRE_CLUSTER_TESTS=1} (CI). Logs: {@code target/test-databases/cluster-*} (each node's and
 * HAProxy's); screenshots: {@code target/e2e-screenshots/cluster-*}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterE2eTest {

    /** The nodes, named as the reference configuration's servers (and so the SERVERID cookie's values). */
    private static final String NODE1 = "node1";
    private static final String NODE2 = "node2";
    private static final String VICTOR = DemoLogins.CUSTOMER_MEMBER;
    private static final String SAM = DemoLogins.SUPPLIER_MEMBER;
    private static final String OLIVIA = DemoLogins.CUSTOMER_VIEWER;
    /** The longest a node trusts a person's session cutoff it read (decision 0039, {@code SessionCutoffs}). */
    private static final Duration CUTOFF_FRESH_FOR = Duration.ofMillis(500);
    private static final Duration HEALTH_CHECKS = Duration.ofSeconds(30);

    private ClusterNodes cluster;
    private Haproxy haproxy;
    private final List<Browser> browsers = new ArrayList<>();
    private final long classStarted = System.nanoTime();

    /** Victor's browser and the node HAProxy pinned him to in step 1; the other node. */
    private Browser victor;
    private String victorsNode;
    private String otherNode;
    private String victorsJobTitle;
    /** Sam, who signs in while Victor's node is drained. */
    private Browser sam;
    private String samsJobTitle;

    @BeforeAll
    void startCluster() {
        ClusterTools.assumeInstalled();
        var started = System.nanoTime();
        cluster = ClusterNodes.start(NODE1, NODE2);
        var nodesStarted = millisSince(started);
        haproxy = Haproxy.start(cluster.dir().resolve("haproxy"), cluster.addresses());
        haproxy.awaitStatus(NODE1, "UP", HEALTH_CHECKS);
        haproxy.awaitStatus(NODE2, "UP", HEALTH_CHECKS);
        System.out.printf("Cluster: two nodes ready in %d ms, HAProxy with both UP %d ms later (%s)%n",
                nodesStarted, millisSince(started) - nodesStarted, cluster.dir());
    }

    @AfterAll
    void stopCluster() {
        for (var browser : browsers) {
            try {
                browser.screenshot("last");
            } catch (RuntimeException e) {
                // best effort: a failed step's own message is the one to report
            }
            browser.close();
        }
        if (haproxy != null) {
            haproxy.close();
        }
        if (cluster != null) {
            var stopping = System.nanoTime();
            cluster.close();
            System.out.printf("Cluster: stopped in %d ms; the class took %d ms in all%n", millisSince(stopping),
                    millisSince(classStarted));
        }
    }

    @Test
    @Order(10)
    void aPersonSignedInThroughTheBalancerIsServedByOneNode() throws IOException {
        victor = newBrowser("victor");
        victor.signInAs(VICTOR);
        victorsNode = servingNode(victor);
        otherNode = victorsNode.equals(NODE1) ? NODE2 : NODE1;
        victorsJobTitle = "Line lead " + UUID.randomUUID().toString().substring(0, 8);
        saveJobTitle(victor, VICTOR, victorsJobTitle);
        victor.screenshot("saved-on-" + victorsNode);

        assertThat(servingNode(victor)).as("the cookie HAProxy set").isEqualTo(victorsNode);
        var served = haproxy.served("victor.localhost");
        assertThat(served).as("pages, Vaadin's round trips and resources alike")
                .extracting(Haproxy.Served::path).anyMatch(path -> path.startsWith("/login"))
                .anyMatch(path -> path.contains("v-r=uidl")).hasSizeGreaterThan(10);
        assertThat(served).as("every request of Victor's, the sign-in page included (HAProxy's log)")
                .extracting(Haproxy.Served::server).containsOnly(victorsNode);
    }

    @Test
    @Order(20)
    void disablingAPersonThroughOneNodeEndsTheirSessionOnTheOther() throws IOException {
        var olivia = new HttpSignIn(haproxy.port());
        olivia.addCookie("SERVERID", NODE2);
        assertThat(olivia.signIn(OLIVIA, DemoLogins.PASSWORD)).doesNotContain("error");
        assertThat(olivia.isSignedIn()).isTrue();
        assertThat(olivia.cookie("SERVERID")).hasValue(NODE2);

        var admin = browserOn("admin", NODE1);
        admin.signInAs(DemoLogins.SUPPLIER_ADMIN);
        admin.open("/admin/users");
        admin.field("vaadin-text-field", "Search people").sendKeys(OLIVIA);
        var row = admin.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.isDisplayed() && cell.getText().strip().equals(OLIVIA)).findFirst().orElse(null));
        admin.click(row);
        admin.click(admin.button("Disable"));
        admin.click(lastVisibleButton(admin, "Disable")); // the confirmation's
        admin.until(d -> admin.gridCells().contains("Disabled"));
        admin.screenshot("disabled-olivia-on-" + NODE1);
        assertThat(servingNode(admin)).isEqualTo(NODE1);

        sleep(CUTOFF_FRESH_FOR);
        var next = olivia.get("/programs");
        assertThat(next.headers().firstValue("Location")).as("her next request, served by " + NODE2)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(olivia.cookie("SERVERID")).hasValue(NODE2);
        assertThat(new HttpSignIn(haproxy.port()).signIn(OLIVIA, DemoLogins.PASSWORD)).contains("error");
        browsers.remove(admin);
        admin.close();
    }

    @Test
    @Order(30)
    void aDrainedNodeKeepsItsPeopleWhileNewSessionsGoToTheOther() throws IOException {
        haproxy.drain(victorsNode);
        assertThat(haproxy.status(victorsNode)).isEqualTo("DRAIN");
        var newcomer = new HttpSignIn(haproxy.port());
        newcomer.get("/login");
        assertThat(newcomer.cookie("SERVERID")).as("a new session while draining").hasValue(otherNode);
        sam = newBrowser("sam");
        sam.signInAs(SAM);
        assertThat(servingNode(sam)).as("Sam is new: he goes to the node that is not draining").isEqualTo(otherNode);
        samsJobTitle = "Account lead " + UUID.randomUUID().toString().substring(0, 8);
        saveJobTitle(sam, SAM, samsJobTitle);

        victorsJobTitle = "Line lead, while draining " + UUID.randomUUID().toString().substring(0, 8);
        saveJobTitle(victor, VICTOR, victorsJobTitle);
        assertThat(servingNode(victor)).as("Victor stays on his draining node").isEqualTo(victorsNode);
        assertThat(haproxy.served("victor.localhost")).extracting(Haproxy.Served::server).containsOnly(victorsNode);
    }

    @Test
    @Order(40)
    void whenANodeIsKilledTheOthersPeopleNoticeNothingAndItsPeopleSignInThereAndFindWhatTheySaved() {
        var killedAt = haproxy.logTime();
        cluster.kill(victorsNode);

        // Sam, on the node that runs, goes on with the page he has open: a round trip, no sign-in.
        samsJobTitle = "Account lead, after the crash " + UUID.randomUUID().toString().substring(0, 8);
        typeJobTitleAndSave(sam, SAM, samsJobTitle);
        assertThat(servingNode(sam)).isEqualTo(otherNode);
        sam.open("/programs");
        sam.until(d -> sam.gridCells().contains(DemoLogins.VERDANT_PROGRAM));
        assertThat(sam.path()).isEqualTo("/programs");

        // Victor's node is gone: HAProxy sends him to the other, where he signs in again.
        victor.open("/profile");
        victor.until(d -> victor.onSignInPage());
        assertThat(servingNode(victor)).as("HAProxy sent him to the node that runs").isEqualTo(otherNode);
        victor.screenshot("sign-in-on-" + otherNode);
        victor.submitSignIn(VICTOR);
        victor.until(d -> victor.path().equals("/profile")); // where he was going
        victor.waitForVaadin();
        assertThat(jobTitle(victor)).as("saved on " + victorsNode + " before it was killed")
                .isEqualTo(victorsJobTitle);
        victor.screenshot("profile-on-" + otherNode);
        assertThat(haproxy.served("victor.localhost", killedAt))
                .as("every request of Victor's since, the sign-in included")
                .extracting(Haproxy.Served::server).containsOnly(otherNode);
        assertThat(savedJobTitle(SAM)).isEqualTo(samsJobTitle);
    }

    /**
     * The last node stops with SIGTERM (a rolling upgrade's stop) while two pages keep a push connection open to it:
     * Spring Boot's graceful shutdown finishes without waiting out its 30-second phase timeout for them.
     */
    @Test
    @Order(90)
    void aNodeWithPagesOpenStopsGracefullyWithoutWaitingForThem() {
        var took = cluster.stop(otherNode);
        System.out.printf("Cluster: %s stopped (SIGTERM, two pages open) in %d ms%n", otherNode, took.toMillis());
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    /** A person's browser whose sessions HAProxy sends to this node (their SERVERID cookie names it). */
    private Browser browserOn(String person, String node) throws IOException {
        var browser = newBrowser(person);
        browser.open("/actuator/health/readiness"); // a first answer from the balancer's address: no session
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie("SERVERID", node, "/"));
        return browser;
    }

    private Browser newBrowser(String person) throws IOException {
        Browser.deleteScreenshots("cluster-" + person);
        var browser = Browser.start(haproxy.address(person), "cluster-" + person);
        browsers.add(browser);
        return browser;
    }

    /** The node HAProxy pinned the browser to: the SERVERID cookie it set. */
    private static String servingNode(Browser browser) {
        var cookie = browser.driver().manage().getCookieNamed("SERVERID");
        assertThat(cookie).as("HAProxy's SERVERID cookie").isNotNull();
        return cookie.getValue();
    }

    private void saveJobTitle(Browser browser, String email, String title) {
        browser.open("/profile");
        browser.waitForVaadin();
        typeJobTitleAndSave(browser, email, title);
    }

    /**
     * Types the job title on the open profile page and saves it (a Vaadin round trip to the person's node); returns
     * once the page says so and the database has it.
     */
    private void typeJobTitleAndSave(Browser browser, String email, String title) {
        var field = browser.field("vaadin-text-field", "Job title");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), title, Keys.TAB);
        browser.click(browser.button("Save"));
        browser.until(d -> title.equals(savedJobTitle(email)));
        browser.until(d -> browser.bodyText().contains("Your details are saved."));
        browser.waitForVaadin();
    }

    private String savedJobTitle(String email) {
        return cluster.jdbc().sql("select job_title from user_account where email = ?").param(email)
                .query(String.class).single();
    }

    private static String jobTitle(Browser browser) {
        return browser.field("vaadin-text-field", "Job title").getDomProperty("value");
    }

    private static WebElement lastVisibleButton(Browser browser, String text) {
        return browser.until(d -> {
            var buttons = d.findElements(By.cssSelector("vaadin-button")).stream()
                    .filter(b -> b.isDisplayed() && b.getText().strip().equals(text)).toList();
            return buttons.size() < 2 ? null : buttons.getLast();
        });
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
