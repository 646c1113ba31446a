package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the server answers over plain HTTP: headers, redirects, health, form sign-in. */
@CohelmSpringTest
class HttpSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (var path : new String[] {"/login", "/programs"}) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
    }

    @Test
    void onlyTheBootstrapPagesOwnInlineScriptsMayRun() throws Exception {
        var first = get("/login");
        var nonce = scriptNonce(first);
        assertThat(first.body()).contains("<script");
        var scripts = java.util.regex.Pattern.compile("<script\\b[^>]*>").matcher(first.body()).results()
                .map(java.util.regex.MatchResult::group).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
        assertThat(scriptNonce(get("/login"))).as("a new nonce for every page").isNotEqualTo(nonce);
        for (var path : new String[] {"/styles.css", "/actuator/health"}) {
            assertThat(get(path).headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(scriptSources(csp)).doesNotContain("'unsafe-inline'").doesNotContain("nonce-"));
        }
    }

    @Test
    void overPlainHttpThereIsNoHstsNorSecureCookie() throws Exception {
        var page = get("/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
    }

    /** The nonce of the page's script policy; its script sources allow no inline script without it. */
    private static String scriptNonce(HttpResponse<String> page) {
        var csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        var scripts = scriptSources(csp);
        assertThat(scripts).doesNotContain("'unsafe-inline'").contains("'self'");
        var matcher = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]{16,})'").matcher(scripts);
        assertThat(matcher.find()).as(csp).isTrue();
        return matcher.group(1);
    }

    private static String scriptSources(String csp) {
        return java.util.Arrays.stream(csp.split(";")).map(String::strip).filter(d -> d.startsWith("script-src"))
                .findFirst().orElseThrow();
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        var response = get("/programs/1");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void healthSaysUpAndNothingElse() throws Exception {
        var response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("db").doesNotContain("diskSpace");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
    }

    @Test
    void aFormSignInRenewsTheSessionAndAWrongPasswordIsRefused() throws Exception {
        var page = get("/login");
        var before = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst();

        var wrong = post("/login", "username=bea%40brightline.example&password=wrong-password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));

        var right = post("/login", "username=" + URLEncoder.encode("bea@brightline.example", StandardCharsets.UTF_8)
                + "&password=accord-demo");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        var after = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst();
        assertThat(after).isPresent();
        assertThat(after).isNotEqualTo(before);
        assertThat(get("/programs").statusCode()).isEqualTo(200);
        // Signed in, an address that matches no page loads the app, which shows its not-found page with
        // the status 404 (NotFoundStatusHttpTest), instead of a bare 403 from the security filter.
        assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
        assertThat(get("/no-such-page").body()).contains("Page not found");
        assertThat(get("/programs/1/no-such-tab").statusCode()).isEqualTo(404);
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        get("/login");
        var form = "username=bea%40brightline.example&password=accord-demo";
        assertThat(post("/login", form, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(post("/login", form, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(get("/programs").statusCode()).as("still signed out").isEqualTo(302);
        var sameSite = post("/login", form, "Sec-Fetch-Site", "same-origin");
        assertThat(sameSite.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
