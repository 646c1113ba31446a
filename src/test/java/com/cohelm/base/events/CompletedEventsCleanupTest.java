package com.cohelm.base.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event registry keeps a handled event a week, then forgets it; one still waiting is never deleted. */
@CohelmSpringTest
class CompletedEventsCleanupTest {

    @Autowired
    CompletedEventsCleanup cleanup;
    @Autowired
    JdbcClient jdbc;

    @Test
    void handledEventsOlderThanAWeekAreDeletedAndTheRestKept() {
        var now = TestClock.now();
        var old = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        var recent = publication(now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(6)));
        var waiting = publication(now.minus(Duration.ofDays(30)), null);

        cleanup.deleteOldCompleted();

        assertThat(exists(old)).as("completed 8 days ago").isFalse();
        assertThat(exists(recent)).as("completed 6 days ago").isTrue();
        assertThat(exists(waiting)).as("incomplete, however old").isTrue();
        jdbc.sql("delete from event_publication where id in (?, ?)").params(recent, waiting).update();
    }

    private UUID publication(java.time.Instant published, java.time.Instant completed) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, publication_date, listener_id, event_type, serialized_event,
                    status, completion_date, completion_attempts, last_resubmission_date)
                values (?, ?, 'test.Listener.on(java.lang.String)', 'java.lang.String', '"cleanup"', ?, ?, 1, ?)""")
                .params(id.toString(), Timestamp.from(published), completed == null ? "FAILED" : "COMPLETED",
                        completed == null ? null : Timestamp.from(completed), Timestamp.from(published))
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = ?").param(id.toString())
                .query(Long.class).single() > 0;
    }
}
