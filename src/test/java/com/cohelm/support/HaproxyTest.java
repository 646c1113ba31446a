package com.cohelm.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster tests run the reference HAProxy configuration CoHelm ships, changed only where a test machine
 * differs: what it keeps, what it changes, and that HAProxy accepts the result.
 */
class HaproxyTest {

    private static String testConfig() throws Exception {
        var servers = new LinkedHashMap<String, URI>();
        servers.put("node1", URI.create("http://127.0.0.1:41001"));
        servers.put("node2", URI.create("http://127.0.0.1:41002"));
        return Haproxy.config(Files.readString(Haproxy.REFERENCE_CONFIG), 40080, 40999, servers);
    }

    @Test
    void theTestConfigurationIsTheReferenceWithLocalAddresses() throws Exception {
        var config = testConfig();
        assertThat(config)
                .contains("cookie SERVERID insert indirect nocache", "option httpchk GET /actuator/health/readiness",
                        "timeout tunnel 1h", "option redispatch", "balance roundrobin")
                .contains("    bind 127.0.0.1:40080\n    capture request header Host len 64")
                .contains("stats socket ipv4@127.0.0.1:40999 level admin")
                .contains("    server node1 127.0.0.1:41001 check cookie node1\n"
                        + "    server node2 127.0.0.1:41002 check cookie node2\n")
                .contains("    default-server inter 2s fall 2 rise 2 slowstart 10s\n")
                .doesNotContain("node1:8080", "bind :8080", "127.0.0.1:9999", "resolvers", "init-addr");
    }

    @Test
    void haproxyAcceptsTheTestConfiguration(@TempDir Path dir) throws Exception {
        var haproxy = Haproxy.executable();
        assumeTrue(haproxy.isPresent(), "HAProxy is not installed");
        var config = Files.writeString(dir.resolve("haproxy.cfg"), testConfig());
        var check = new ProcessBuilder(haproxy.get().toString(), "-c", "-f", config.toString())
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
    }
}
