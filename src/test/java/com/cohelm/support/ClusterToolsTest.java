package com.cohelm.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A machine without the cluster tools skips the cluster tests, saying what is missing; CI fails instead. */
class ClusterToolsTest {

    private static final List<String> MISSING = List.of("HAProxy (Debian: apt-get install haproxy)");

    @Test
    void nothingMissingRuns() {
        assertThatCode(() -> ClusterTools.check(List.of(), null)).doesNotThrowAnyException();
        assertThatCode(() -> ClusterTools.check(List.of(), "1")).doesNotThrowAnyException();
    }

    @Test
    void aMissingToolSkipsSayingWhich() {
        assertThatThrownBy(() -> ClusterTools.check(MISSING, null)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("HAProxy").hasMessageContaining("COHELM_REQUIRE_CLUSTER_TESTS=1");
        assertThatThrownBy(() -> ClusterTools.check(MISSING, "0")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aMissingToolFailsWhereTheClusterTestsAreRequired() {
        assertThatThrownBy(() -> ClusterTools.check(MISSING, "1")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("HAProxy").hasMessageContaining("required");
    }
}
