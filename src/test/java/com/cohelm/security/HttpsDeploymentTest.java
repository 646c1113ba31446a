package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmProcess;
import com.cohelm.support.TestDatabases;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * CoHelm deployed behind a TLS-terminating proxy that forwards no scheme, with its public address set to
 * https: every answer tells browsers to use HTTPS only (HSTS) and the session cookie is Secure.
 */
@EnabledIf(value = "isEmbedded", disabledReason = "starts CoHelm with its embedded database")
class HttpsDeploymentTest {

    private static final Path BINARIES = Path.of(System.getProperty("user.home"), ".cohelm", "mariadb-11.4.5");

    static boolean isEmbedded() {
        var url = System.getenv("SPRING_DATASOURCE_URL");
        return url == null || url.isBlank();
    }

    @Test
    void anHttpsPublicAddressMakesEveryAnswerStrictAndTheSessionCookieSecure() throws Exception {
        var home = TestDatabases.newDataDir("https").getParent();
        try (var app = CohelmProcess.start(home, BINARIES, home.resolve("app.log"),
                "--cohelm.public-url=https://cohelm.example.com", "--cohelm.demo-data=false",
                "--cohelm.supplier.name=Northwind Test Systems", "--cohelm.admin.email=admin@example.com",
                "--cohelm.admin.password=a long passphrase for the https test")) {
            assertThat(app.isRunning()).as(app.tail()).isTrue();
            var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            for (var path : new String[] {"/login", "/actuator/health", "/styles.css"}) {
                var response = http.send(HttpRequest.newBuilder(app.baseUri().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
                        .hasValue("max-age=31536000 ; includeSubDomains");
            }
            var login = http.send(HttpRequest.newBuilder(app.baseUri().resolve("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                    .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure")
                            .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        }
    }
}
