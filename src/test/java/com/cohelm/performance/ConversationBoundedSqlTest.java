package com.cohelm.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.ConversationService;
import com.cohelm.conversation.ThreadFixtures;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestEvents;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Div;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A goal page with a thread of 5 comments and one with 500 (authors of both sides, mentions, earlier
 * wordings, deleted ones) issue the same number of SQL statements: the page shows the newest page of the
 * thread, whose people, mentions and history counts come in one statement each.
 */
class ConversationBoundedSqlTest extends KaribuViewTest {

    /**
     * What an empty thread adds to its page: the reader's access to the program, the subject through its own
     * feature's service (its access check and the thing), then the page of comments and their count. (8 while
     * the goal's service read the program's members and people only to check access.)
     */
    static final long EMPTY_THREAD_STATEMENTS = 6;
    /** A thread with comments adds their mentions, history counts and people: one statement each. */
    static final long THREAD_STATEMENTS = EMPTY_THREAD_STATEMENTS + 3;

    @Autowired
    TestEvents events;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    ThreadFixtures fixtures;
    @Autowired
    DemoPrograms demo;
    @Autowired
    ConversationService conversations;

    @Test
    void aThreadOf500CostsWhatAThreadOf5Costs() {
        var small = fixtures.create("Bounded thread").goal();
        var large = fixtures.create("Bounded thread").goal();
        addComments(small, 5);
        addComments(large, 500);

        var smallPage = statementsFor(DemoLogins.SUPPLIER_MEMBER, small);
        var largePage = statementsFor(DemoLogins.SUPPLIER_MEMBER, large);
        assertThat(largePage).isEqualTo(smallPage);
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("comment")))
                .hasSize(ConversationService.PAGE_SIZE);

        events.awaitHandled(); // the statistics are the application's: earlier events' listeners finish first
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        conversations.thread(small, null, ConversationService.PAGE_SIZE);
        var smallService = statistics.getPrepareStatementCount();
        statistics.clear();
        conversations.thread(large, null, ConversationService.PAGE_SIZE);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(smallService).isEqualTo(THREAD_STATEMENTS);
    }

    /** n comments, by the supplier lead and the customer lead in turn, each mentioning the other, every
     * third with an earlier wording, every tenth deleted. */
    private void addComments(CommentSubject subject, int n) {
        var leads = jdbc.sql("select supplier_lead_id, customer_lead_id from program where id = ?")
                .param(subject.programId()).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        var now = Timestamp.from(TestClock.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var author = leads[i % 2];
            rows.add(new Object[] {subject.programId(), subject.type(), subject.id(), author, "Comment **" + i + "**",
                    now, i % 3 == 0 ? now : null, i % 10 == 9 ? now : null, i % 10 == 9 ? author : null});
        }
        jdbcTemplate.batchUpdate("insert into comment (program_id, subject_type, subject_id, author_id, body,"
                + " created_at, edited_at, deleted_at, deleted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        var ids = jdbc.sql("select id, author_id from comment where subject_type = ? and subject_id = ?")
                .params(subject.type(), subject.id()).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        jdbcTemplate.batchUpdate("insert into comment_mention (comment_id, person_id) values (?, ?)",
                ids.stream().map(id -> new Object[] {id[0], id[1] == leads[0] ? leads[1] : leads[0]}).toList());
        jdbcTemplate.batchUpdate("insert into comment_revision (comment_id, body, written_at, replaced_at)"
                + " values (?, 'Earlier', ?, ?)", ids.stream().filter(id -> id[0] % 3 == 0)
                .map(id -> new Object[] {id[0], now, now}).toList());
    }

    private long statementsFor(String email, CommentSubject goal) {
        return statementsToOpen(email, "programs/" + goal.programId() + "/goals/" + goal.id());
    }
}
