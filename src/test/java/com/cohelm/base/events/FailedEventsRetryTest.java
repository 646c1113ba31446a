package com.cohelm.base.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestEvents;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A failed event is tried again while the application runs, once its wait is over, and not after the last
 * attempt: three failed mentions (written into the registry as a listener's failure leaves them) of which only
 * the one whose wait is over reaches its reader.
 */
@CohelmSpringTest
class FailedEventsRetryTest {

    @Autowired
    FailedEventsRetry retry;
    @Autowired
    TestEvents events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theWaitDoublesAfterEachAttemptUpToTheLongest() {
        assertThat(retry.waitAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(retry.waitAfter(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(retry.waitAfter(4)).isEqualTo(Duration.ofMinutes(40));
        assertThat(retry.waitAfter(7)).isEqualTo(Duration.ofHours(5).plusMinutes(20));
        assertThat(retry.waitAfter(8)).isEqualTo(Duration.ofHours(6));
        assertThat(retry.waitAfter(9)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aFailedEventWhoseWaitIsOverReachesItsListenerAndTheOthersWait() {
        var program = id("select id from program where name = ?", DemoLogins.BRIGHTLINE_PROGRAM);
        var author = id("select id from user_account where email = ?", DemoLogins.SUPPLIER_MEMBER);
        var reader = id("select id from user_account where email = ?", DemoLogins.CUSTOMER_ADMIN);
        var prefix = "programs/" + program + "/goals?retry=" + UUID.randomUUID();
        // A mention handled as usual, so that its row shows how the registry stores this listener and event.
        events.publish(new PeopleMentioned(9100, program, author, Set.of(reader), "Retry", prefix + "-model", false));
        var model = jdbc.sql("""
                select listener_id, event_type, serialized_event from event_publication
                 where serialized_event like ? and listener_id like '%NotificationListeners.onMention%'""")
                .param("%" + prefix + "-model%")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();

        var now = TestClock.now();
        var due = failed(model, prefix, "due", now.minus(Duration.ofMinutes(6)), 1);
        var waiting = failed(model, prefix, "waiting", now.minus(Duration.ofMinutes(4)), 1);
        var givenUp = failed(model, prefix, "given-up", now.minus(Duration.ofDays(3)), 10);

        retry.retryDue();
        events.awaitHandled();

        assertThat(notifications(prefix + "-due")).as("its wait of 5 minutes is over").isEqualTo(1);
        assertThat(status(due)).isEqualTo("COMPLETED");
        assertThat(notifications(prefix + "-waiting")).as("4 of its 5 minutes passed").isZero();
        assertThat(status(waiting)).isEqualTo("FAILED");
        assertThat(notifications(prefix + "-given-up")).as("after its 10th attempt").isZero();
        assertThat(status(givenUp)).isEqualTo("FAILED");

        retry.retryDue();
        events.awaitHandled();
        assertThat(notifications(prefix + "-due")).as("a completed event is not handled again").isEqualTo(1);
        jdbc.sql("delete from event_publication where id in (?, ?)").params(waiting.toString(), givenUp.toString())
                .update();
    }

    /** A copy of the model's publication for another link, left as a listener that failed leaves it. */
    private UUID failed(String[] model, String prefix, String name, Instant lastAttempt, int attempts) {
        var id = UUID.randomUUID();
        var event = model[2].replace(prefix + "-model", prefix + "-" + name)
                .replaceFirst("\"commentId\"\\s*:\\s*9100", "\"commentId\":" + (9100 + name.length()));
        jdbc.sql("""
                insert into event_publication (id, publication_date, listener_id, event_type, serialized_event,
                    status, completion_date, completion_attempts, last_resubmission_date)
                values (?, ?, ?, ?, ?, 'FAILED', null, ?, ?)""")
                .params(id.toString(), Timestamp.from(lastAttempt.minusSeconds(1)), model[0], model[1], event,
                        attempts, Timestamp.from(lastAttempt))
                .update();
        return id;
    }

    private long notifications(String link) {
        return jdbc.sql("select count(*) from notification where link = ?").param(link).query(Long.class).single();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from event_publication where id = ?").param(id.toString())
                .query(String.class).single();
    }

    private long id(String sql, String parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
