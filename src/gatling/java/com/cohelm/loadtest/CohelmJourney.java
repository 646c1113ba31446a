package com.cohelm.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.function.Function;

/**
 * A person's visit to CoHelm, driven the way the browser's Vaadin client drives it: the page, the
 * bootstrap ({@code ?v-r=init}, which gives the UI id, the CSRF token {@code Vaadin-Security-Key} and the
 * first {@code syncId}/{@code clientId}), then UIDL messages ({@code ?v-r=uidl}) with router navigations
 * ({@code ui-navigate} on the UI's node 1), a field's value ({@code mSync} + {@code change}) and clicks on
 * buttons found by their text in the previous answer. Spring Security's CSRF protection stays on: the
 * login form posts the {@code _csrf} token from the page.
 *
 * <p>The journey: sign in, home, a program's overview, its goals, a goal where a measurement is added,
 * the schedule's timeline, the portfolio (supplier people), my actions, sign out; 2-5 s of thinking
 * between the steps. Each virtual user is one visit; a closed model keeps {@code users} visits running.
 *
 * <p>Settings (system properties): {@code cohelm.url}, {@code cohelm.people} (the CSV of email, side,
 * program, goal that {@code .ci/benchmark} writes), {@code users}, {@code ramp} and {@code steady} (s).
 * Server push is not opened: with Vaadin's default push transport the browser, too, sends every message
 * to the server as such an HTTP request; only the server's own pushes (none in this journey) would
 * travel over the WebSocket.
 */
public class CohelmJourney extends Simulation {

    static final String URL = System.getProperty("cohelm.url", "http://127.0.0.1:8083");
    static final String PEOPLE = System.getProperty("cohelm.people", "target/benchmark/people.csv");
    static final String PASSWORD = System.getProperty("cohelm.password", "large-data-load-test");
    static final int USERS = Integer.getInteger("users", 10);
    static final int RAMP = Integer.getInteger("ramp", 60);
    static final int STEADY = Integer.getInteger("steady", 120);

    static final String BROWSER = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920&v-tzo=0&v-dstd=0"
            + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light%20dark"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
            + "&v-wla=SUPPORTED&v-ws=false";
    static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":500,\"event.clientY\":300,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":400,\"event.screenX\":510}";

    /** One UIDL message with the given RPC invocations (a JSON array), as the client posts it. */
    static HttpRequestActionBuilder message(String name, Function<Session, String> rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":"
                        + rpc.apply(session) + ",\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(status().is(200));
    }

    /** A UIDL message, its answer checked like the client checks it, the next ids kept for the next one. */
    static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc) {
        return message(name, rpc)
                .check(regex("\"syncId\":(\\d+)").transform(Integer::parseInt).saveAs("syncId"))
                .check(regex("\"clientId\":(\\d+)").transform(Integer::parseInt).saveAs("clientId"))
                // a server error, an expired session or a refused message (bad CSRF token, out of sync)
                .check(regex("\"appError\"|\"sessionExpired\"|\"resynchronize\"").notExists())
                .check(substring("Something went wrong").notExists());
    }

    /** The bootstrap of a page: the UI's id, its CSRF token and the first message ids. */
    static HttpRequestActionBuilder init(String name, String location) {
        return http(name)
                .get(session -> "/?v-r=init&location=" + location + "&query=&v-wn=cohelm-" + session.userId()
                        + "&v-curdate=" + System.currentTimeMillis() + BROWSER)
                .check(status().is(200))
                .check(jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"))
                .check(jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"))
                .check(jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"))
                .check(jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId"));
    }

    /** The first navigation after a bootstrap: the client asks the router for the address it was loaded at. */
    static HttpRequestActionBuilder firstNavigation(String name, String route) {
        return uidl(name, session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}]");
    }

    /** A click on a link of the app: the router navigation the client sends for it. */
    static HttpRequestActionBuilder navigate(String name, Function<Session, String> route) {
        return navigate(name, route, "");
    }

    static HttpRequestActionBuilder navigate(String name, Function<Session, String> route, String query) {
        return uidl(name, session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"" + route.apply(session) + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":" + session.getInt("idx") + "},\"trigger\":\"client\"}}]");
    }

    static ChainBuilder think() {
        return pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    static final ChainBuilder SIGN_IN = exec(http("login: page").get("/login").check(status().is(200))
            .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("formCsrf")))
            .exec(init("login: init", "login"))
            .exec(session -> session.set("idx", 0))
            .exec(firstNavigation("login: navigate", "/login"))
            .exec(think())
            // The form posts, the server answers with a redirect to the home page's HTML.
            .exec(http("sign in").post("/login")
                    .formParam("_csrf", "#{formCsrf}")
                    .formParam("username", "#{email}")
                    .formParam("password", PASSWORD)
                    .check(status().is(200))
                    .check(substring("login?error").notExists()))
            .exec(init("home: init", ""))
            .exec(firstNavigation("home", "/")
                    .check(bodyString().transform(body -> Uidl.of(body).clickable("Sign out")).saveAs("signOut")));

    static Function<Session, String> program(String suffix) {
        return session -> "programs/" + session.getString("program") + suffix;
    }

    static final ChainBuilder VISIT = exec(SIGN_IN)
            .exec(think())
            .exec(navigate("program overview", program("")))
            .exec(think())
            .exec(navigate("goals", program("/goals")))
            .exec(think())
            .exec(navigate("goal", session -> "programs/" + session.getString("program") + "/goals/"
                    + session.getString("goal"))
                    .check(bodyString().transform(body -> Uidl.of(body).field("Value")).saveAs("valueField"))
                    .check(bodyString().transform(body -> Uidl.of(body).clickable("Add measurement"))
                            .saveAs("addButton")))
            .exec(think())
            .exec(uidl("add measurement", session -> "[{\"type\":\"mSync\",\"node\":" + session.getInt("valueField")
                    + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + (40 + session.userId() % 50) + ".5\"},"
                    + "{\"type\":\"event\",\"node\":" + session.getInt("valueField") + ",\"event\":\"change\",\"data\":{}},"
                    + "{\"type\":\"event\",\"node\":" + session.getInt("addButton") + ",\"event\":\"click\",\"data\":"
                    + CLICK_DATA + "}]")
                    .check(substring("Measurement added.").exists()))
            .exec(think())
            .exec(navigate("schedule timeline", program("/schedule"), "view=timeline"))
            .exec(think())
            .exec(doIf(session -> "SUPPLIER".equals(session.getString("side")))
                    .then(exec(navigate("portfolio", session -> "portfolio")).exec(think())))
            .exec(navigate("my actions", session -> "my-actions"))
            .exec(think())
            // Signing out ends the session within the request: the answer says so ("sessionExpired") and the
            // client goes to the login page. The next address must then ask to sign in again.
            .exec(message("sign out", session -> "[{\"type\":\"event\",\"node\":" + session.getInt("signOut")
                    + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}]")
                    .check(regex("\"appError\"").notExists()))
            .exec(http("signed out").get("/my-actions").disableFollowRedirect()
                    .check(status().is(302))
                    .check(header("Location").transform(l -> l.endsWith("/login"))
                            .is(true)));

    {
        var protocol = http.baseUrl(URL)
                .acceptHeader("text/html,application/json,*/*")
                .acceptLanguageHeader("en")
                .userAgentHeader("CoHelm load test (Gatling)")
                .disableCaching();
        var people = csv(PEOPLE).circular();
        var visit = scenario("visit").feed(people).exec(VISIT);
        setUp(visit.injectClosed(
                rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP)),
                constantConcurrentUsers(USERS).during(Duration.ofSeconds(STEADY))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + STEADY + 90L));
    }
}
