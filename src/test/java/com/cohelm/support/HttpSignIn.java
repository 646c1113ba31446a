package com.cohelm.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One browser-like client over plain HTTP: its own cookies, form sign-in, and whether it is still in. */
public final class HttpSignIn {

    private final int port;
    private final String host;
    private final HttpClient http;

    public HttpSignIn(int port) {
        this.port = port;
        this.host = "localhost";
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A client at another address of this machine, e.g. {@code 127.0.0.77} (every 127.x address is loopback):
     * the server sees it as the client's address, so a test can be "another office" without slowing down the
     * sign-ins of other tests.
     */
    public HttpSignIn(int port, String clientAddress) {
        this.port = port;
        this.host = "127.0.0.1";
        try {
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(java.net.InetAddress.getByName(clientAddress)).build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(clientAddress, e);
        }
    }

    /** Posts the login form; returns where the server redirects to. */
    public String signIn(String email, String password) {
        var body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return response.headers().firstValue("Location").orElse("");
    }

    /** The cookies this client holds, as "name=value" (the server's Set-Cookie answers kept). */
    public java.util.List<String> cookies() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .map(Object::toString).toList();
    }

    /** The value of the cookie of this name this client holds, if any. */
    public java.util.Optional<String> cookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst();
    }

    /**
     * Gives this client a cookie for its server, as if the server had set it: e.g. the load balancer's SERVERID,
     * which sends the client's next request to the node it names.
     */
    public void addCookie(String name, String value) {
        try {
            http.cookieHandler().orElseThrow().put(uri("/"),
                    java.util.Map.of("Set-Cookie", java.util.List.of(name + "=" + value + "; Path=/")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** True while this client's session is signed in: a page answers instead of sending it to sign in. */
    public boolean isSignedIn() {
        return get("/programs").statusCode() == 200;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    /** Posts a body, e.g. a Vaadin round trip ({@code /?v-r=uidl&v-uiId=0}, JSON). */
    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private URI uri(String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
