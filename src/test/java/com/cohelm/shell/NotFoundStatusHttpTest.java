package com.cohelm.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.HttpSignIn;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The not-found page over real HTTP, signed in: an id that does not exist, another customer's id, an id
 * that is not a number, a page the role does not open and an address that names no page all answer 404
 * with the same page; the refusal is still recorded in the audit log. Vaadin renders a page's first
 * request on the server for this (vaadin.eagerServerLoad, decision 0028).
 */
@CohelmSpringTest
class NotFoundStatusHttpTest {

    /** What differs from one response to the next whatever the page: per-request secrets and timings. */
    private static final Set<String> TOKENS = Set.of("Vaadin-Security-Key", "Vaadin-Push-ID", "v-uiId", "requestURL",
            "timings");
    private static final Pattern INITIAL_STATE = Pattern.compile("window\\.Vaadin\\.TypeScript= (\\{.*?});</script>",
            Pattern.DOTALL);
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"[^\"]*\">");
    private static final Pattern BASE = Pattern.compile("<base href=\"[^\"]*\">");
    /** Each page's scripts carry a nonce of their own (decision 0029). */
    private static final Pattern NONCE = Pattern.compile(" nonce=\"[^\"]*\"");

    @LocalServerPort
    int port;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    private HttpSignIn bea;
    private long ownProgram;
    private long otherCustomersProgram;

    @BeforeEach
    void signIn() {
        bea = new HttpSignIn(port);
        bea.signIn(DemoLogins.CUSTOMER_ADMIN, DemoLogins.PASSWORD);
        ownProgram = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        otherCustomersProgram = demo.id(DemoLogins.VERDANT_PROGRAM);
    }

    @Test
    void aMissingAHiddenAMalformedIdAndAnUnknownAddressAnswer404WithTheSamePage() {
        var missingId = jdbc.sql("select max(id) + 1000 from program").query(Long.class).single();
        var otherCustomersGoal = jdbc.sql("select min(id) from goal where program_id = ?").param(otherCustomersProgram)
                .query(Long.class).single();
        var notFound = List.of(
                "/programs/" + missingId,
                "/programs/" + otherCustomersProgram,
                "/programs/not-an-id",
                "/programs/" + ownProgram + "/goals/" + otherCustomersGoal,
                "/reviews/" + missingId + "/present",
                "/portfolio",
                "/no-such-page");

        var reference = page("/programs/" + missingId);
        for (var address : notFound) {
            var response = bea.get(address);
            assertThat(response.statusCode()).as(address).isEqualTo(404);
            assertThat(response.body()).as(address).contains("Page not found");
            var page = page(address);
            assertThat(page.html()).as("the page of %s, tokens aside", address).isEqualTo(reference.html());
            assertThat(page.state()).as("the state of %s, tokens aside", address).isEqualTo(reference.state());
        }
    }

    @Test
    void aPageThatExistsAnswers200() {
        var response = bea.get("/programs/" + ownProgram);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(DemoLogins.BRIGHTLINE_PROGRAM).doesNotContain("Page not found");
        assertThat(bea.get("/programs").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherCustomersIdIsRecordedOnceAsRefusedAccess() {
        var address = "/programs/" + otherCustomersProgram;
        var before = refusals(address);
        assertThat(bea.get(address).statusCode()).isEqualTo(404);
        assertThat(refusals(address)).isEqualTo(before + 1);
    }

    private long refusals(String address) {
        return jdbc.sql("select count(*) from activity_event where kind = 'ACCESS_DENIED' and actor_label = ? "
                + "and after_state = ?").param(DemoLogins.CUSTOMER_ADMIN).param(address).query(Long.class).single();
    }

    /** The page as served, without what differs per request: the HTML around, and Vaadin's initial state. */
    private record Page(String html, JsonNode state) {
    }

    private Page page(String address) {
        var body = bea.get(address).body();
        var matcher = INITIAL_STATE.matcher(body);
        assertThat(matcher.find()).as("%s holds the page's initial state (eager server load)", address).isTrue();
        var state = JsonMapper.builder().build().readTree(matcher.group(1));
        withoutTokens(state);
        var html = body.substring(0, matcher.start()) + body.substring(matcher.end());
        html = BASE.matcher(CSRF.matcher(html).replaceAll("")).replaceAll(""); // base: depends on the path's depth
        html = NONCE.matcher(html).replaceAll("");
        return new Page(html, state);
    }

    private static void withoutTokens(JsonNode node) {
        if (node instanceof ObjectNode object) {
            TOKENS.forEach(object::remove);
        }
        if (node instanceof ArrayNode array) {
            // In development mode only, Vaadin tells its dev tools each component's Java class ("jc"): the
            // error views' classes differ there. A production build sends no class names.
            for (int i = array.size() - 1; i >= 0; i--) {
                if ("jc".equals(array.get(i).path("key").asString(""))) {
                    array.remove(i);
                }
            }
        }
        node.forEach(NotFoundStatusHttpTest::withoutTokens);
    }
}
