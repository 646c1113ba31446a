package com.cohelm.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.conversation.ThreadFixtures.Fixture;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Comment threads on the real database: posting, editing with history, deleting with a marker; who reads and
 * writes each thread; whom a comment may mention and who hears of it; validation and conflicts that change
 * nothing. Each test works in a program of its own.
 */
@CohelmSpringTest
@RecordApplicationEvents
class ConversationServiceTest {

    private static final String SAM = DemoLogins.SUPPLIER_MEMBER;
    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    ConversationService conversations;
    @Autowired
    ThreadFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private Fixture fixture;

    @BeforeEach
    void program() {
        fixture = fixtures.create("Conversation");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long comments() {
        return jdbc.sql("select count(*) from comment where program_id = ?").param(fixture.program().id())
                .query(Long.class).single();
    }

    private long person(String email) {
        return demo.personId(email);
    }

    @Test
    void postEditAndDeleteKeepEveryWordingForTheRecord() {
        var goal = fixture.goal();
        signIn.as(fixture.program().customerMember());
        var posted = conversations.post(goal, CommentDraft.of("First **draft**"));
        assertThat(posted.html()).contains("<strong>draft</strong>");
        assertThat(posted.author().displayName()).isEqualTo("Cal Adeyemi");
        assertThat(posted.mayEdit()).isTrue();

        var edited = conversations.edit(goal, posted.id(), posted.version(), CommentDraft.of("Second wording"));
        assertThat(edited.edited()).isTrue();
        assertThat(edited.revisions()).isEqualTo(1);
        var history = conversations.history(goal, posted.id());
        assertThat(history).extracting(CommentRevisionView::markdown).containsExactly("Second wording",
                "First **draft**");
        assertThat(history.getFirst().current()).isTrue();

        // the other side reads the thread and the history
        signIn.as(SAM);
        var thread = conversations.thread(goal, null, 20);
        assertThat(thread.comments()).extracting(CommentView::markdown).containsExactly("Second wording");
        assertThat(thread.comments().getFirst().mayEdit()).isFalse();
        assertThat(conversations.history(goal, posted.id())).hasSize(2);

        signIn.as(fixture.program().customerMember());
        var deleted = conversations.delete(goal, posted.id(), edited.version());
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.markdown()).isNull();
        assertThat(deleted.html()).isNull();

        signIn.as(SAM);
        var after = conversations.thread(goal, null, 20);
        assertThat(after.total()).isEqualTo(1);
        assertThat(after.comments().getFirst().deleted()).isTrue();
        assertThat(after.comments().getFirst().markdown()).isNull();
        assertThat(conversations.history(goal, posted.id())).isEmpty();
        // kept for the audit: the row and its earlier wording stay
        assertThat(jdbc.sql("select body from comment where id = ?").param(posted.id()).query(String.class).single())
                .isEqualTo("Second wording");
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'COMMENT_DELETED' and program_id = ?")
                .param(fixture.program().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void newestLastAndEarlierPagesOnRequest() {
        var action = fixture.subjects().get(CommentSubject.ACTION);
        signIn.as(SAM);
        for (int i = 1; i <= 5; i++) {
            conversations.post(action, CommentDraft.of("Comment " + i));
        }
        var newest = conversations.thread(action, null, 2);
        assertThat(newest.comments()).extracting(CommentView::markdown).containsExactly("Comment 4", "Comment 5");
        assertThat(newest.earlier()).isTrue();
        assertThat(newest.total()).isEqualTo(5);
        var before = conversations.thread(action, newest.comments().getFirst().id(), 2);
        assertThat(before.comments()).extracting(CommentView::markdown).containsExactly("Comment 2", "Comment 3");
        var first = conversations.thread(action, before.comments().getFirst().id(), 2);
        assertThat(first.comments()).extracting(CommentView::markdown).containsExactly("Comment 1");
        assertThat(first.earlier()).isFalse();
    }

    @Test
    void viewersReadButDoNotWriteAndOutsidersFindNothing() {
        var feedback = fixture.subjects().get(CommentSubject.FEEDBACK);
        signIn.as(SAM);
        var comment = conversations.post(feedback, CommentDraft.of("We hear you"));

        signIn.as(fixture.program().viewer());
        var thread = conversations.thread(feedback, null, 20);
        assertThat(thread.mayPost()).isFalse();
        assertThat(thread.comments()).hasSize(1);
        assertThatThrownBy(() -> conversations.post(feedback, CommentDraft.of("Me too")))
                .isInstanceOf(AccessDeniedException.class);

        // another customer's admin: the thread, the program and a missing thing all answer alike
        signIn.as(DemoLogins.CUSTOMER_ADMIN);
        assertThatThrownBy(() -> conversations.thread(feedback, null, 20)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> conversations.post(feedback, CommentDraft.of("Hello")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> conversations.history(feedback, comment.id()))
                .isInstanceOf(ResourceNotFoundException.class);

        signIn.as(SAM);
        var missing = CommentSubject.feedback(fixture.program().id(), 999_999_999L);
        assertThatThrownBy(() -> conversations.thread(missing, null, 20)).isInstanceOf(ResourceNotFoundException.class);
        // a comment of another thread is not found through this one
        assertThatThrownBy(() -> conversations.history(fixture.goal(), comment.id()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> conversations.delete(fixture.goal(), comment.id(), comment.version()))
                .isInstanceOf(ResourceNotFoundException.class);
        // a thing of another program named with this program's id is not found either
        var elsewhere = CommentSubject.goal(demo.id(DemoLogins.BRIGHTLINE_PROGRAM), fixture.goal().id());
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        assertThatThrownBy(() -> conversations.thread(elsewhere, null, 20))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void onlyTheAuthorEditsAndSupplierAdminsModerate() {
        var milestone = fixture.milestone();
        signIn.as(fixture.program().customerLead());
        var comment = conversations.post(milestone, CommentDraft.of("When is the new date?"));

        signIn.as(fixture.program().customerMember());
        assertThatThrownBy(() -> conversations.edit(milestone, comment.id(), comment.version(),
                CommentDraft.of("Changed"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversations.delete(milestone, comment.id(), comment.version()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(SAM);
        assertThat(conversations.thread(milestone, null, 20).comments().getFirst().mayDelete()).isFalse();
        assertThatThrownBy(() -> conversations.delete(milestone, comment.id(), comment.version()))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        assertThat(conversations.thread(milestone, null, 20).comments().getFirst().mayDelete()).isTrue();
        assertThatThrownBy(() -> conversations.edit(milestone, comment.id(), comment.version(),
                CommentDraft.of("Moderated"))).isInstanceOf(AccessDeniedException.class);
        assertThat(conversations.delete(milestone, comment.id(), comment.version()).deleted()).isTrue();
    }

    @Test
    void emptyOrTooLongChangesNothing() {
        var goal = fixture.goal();
        signIn.as(SAM);
        var comment = conversations.post(goal, CommentDraft.of("Fine"));
        var before = comments();
        for (var bad : new String[] {"", "   \n ", "x".repeat(CommentDraft.MAX_LENGTH + 1)}) {
            assertThatThrownBy(() -> conversations.post(goal, CommentDraft.of(bad)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> conversations.edit(goal, comment.id(), comment.version(), CommentDraft.of(bad)))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(comments()).isEqualTo(before);
        assertThat(conversations.history(goal, comment.id())).extracting(CommentRevisionView::markdown)
                .containsExactly("Fine");
        assertThat(conversations.post(goal, CommentDraft.of("x".repeat(CommentDraft.MAX_LENGTH))).markdown())
                .hasSize(CommentDraft.MAX_LENGTH);
    }

    @Test
    void aStaleVersionIsAConflictCarryingTheSavedWording() {
        var goal = fixture.goal();
        signIn.as(SAM);
        var comment = conversations.post(goal, CommentDraft.of("One"));
        var saved = conversations.edit(goal, comment.id(), comment.version(), CommentDraft.of("Two"));
        assertThatThrownBy(() -> conversations.edit(goal, comment.id(), comment.version(), CommentDraft.of("Three")))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.<CommentView>current().markdown()).isEqualTo("Two"));
        assertThatThrownBy(() -> conversations.delete(goal, comment.id(), comment.version()))
                .isInstanceOf(ConcurrentEditException.class);
        var thread = conversations.thread(goal, null, 20);
        assertThat(thread.comments().getFirst().markdown()).isEqualTo("Two");
        assertThat(thread.comments().getFirst().version()).isEqualTo(saved.version());
    }

    @Test
    void mentionCandidatesAreThePeopleWhoMayReadTheThread() {
        signIn.as(SAM);
        var names = conversations.mentionCandidates(fixture.goal(), "").stream().map(PersonSummary::displayName)
                .toList();
        assertThat(names).contains("Cora Quist", "Cal Adeyemi", "Vera Viewer", "Tomás Ferreira", "Nora Whitfield")
                .doesNotContain("Sam Okafor", "Bea Lindqvist", "Victor Alvarez", "Priya Raman");
        assertThat(conversations.mentionCandidates(fixture.goal(), "ca")).extracting(PersonSummary::displayName)
                .containsExactly("Cal Adeyemi");
        assertThat(conversations.mentionCandidates(fixture.goal(), "qui")).extracting(PersonSummary::displayName)
                .containsExactly("Cora Quist");
        assertThat(conversations.mentionCandidates(fixture.goal(), "bea")).isEmpty();
        assertThat(conversations.mentionCandidates(fixture.goal(), "tomas")).extracting(PersonSummary::displayName)
                .containsExactly("Tomás Ferreira");
        assertThat(conversations.audience(fixture.goal())).contains(person(SAM), person(TOMAS))
                .doesNotContain(person(DemoLogins.CUSTOMER_ADMIN));
    }

    @Test
    void mentionsAreStoredHighlightedAndAnnouncedToEveryoneButTheAuthor() {
        var goal = fixture.goal();
        signIn.as(SAM);
        var cora = person(fixture.program().customerLead());
        var tomas = person(TOMAS);
        var comment = conversations.post(goal, new CommentDraft("@Cora Quist and @Tomás Ferreira, please check",
                Set.of(cora, tomas, person(SAM))));
        assertThat(comment.mentions()).extracting(PersonSummary::displayName).containsExactly("Cora Quist",
                "Sam Okafor", "Tomás Ferreira");
        assertThat(comment.html()).contains("<span class=\"mention\">").contains("Cora Quist</span>");
        assertThat(jdbc.sql("select count(*) from comment_mention where comment_id = ?").param(comment.id())
                .query(Long.class).single()).isEqualTo(3);

        var published = events.stream(PeopleMentioned.class).filter(e -> e.commentId() == comment.id()).toList();
        assertThat(published).hasSize(1);
        var event = published.getFirst();
        assertThat(event.recipients()).containsExactlyInAnyOrder(cora, tomas);
        assertThat(event.authorId()).isEqualTo(person(SAM));
        assertThat(event.programId()).isEqualTo(fixture.program().id());
        assertThat(event.subjectTitle()).isEqualTo("Yield above 95 %");
        assertThat(event.link()).isEqualTo("programs/" + fixture.program().id() + "/goals/" + goal.id()
                + "?comment=" + comment.id());
        assertThat(event.supplierOnly()).isFalse();

        // an edit tells only the newly mentioned
        var cal = person(fixture.program().customerMember());
        conversations.edit(goal, comment.id(), comment.version(), new CommentDraft(
                "@Cora Quist, @Cal Adeyemi and @Tomás Ferreira, please check", Set.of(cora, cal, tomas)));
        var second = events.stream(PeopleMentioned.class).filter(e -> e.commentId() == comment.id()).toList();
        assertThat(second).hasSize(2);
        assertThat(second.getLast().recipients()).containsExactly(cal);

        // an action item's link opens the item in the plan
        var action = fixture.subjects().get(CommentSubject.ACTION);
        var onAction = conversations.post(action, new CommentDraft("@Cal Adeyemi", Set.of(cal)));
        assertThat(events.stream(PeopleMentioned.class).filter(e -> e.commentId() == onAction.id()).findFirst()
                .orElseThrow().link()).isEqualTo("programs/" + fixture.program().id() + "/actions?item=" + action.id()
                + "&comment=" + onAction.id());
    }

    @Test
    void mentioningSomeoneWhoMayNotReadTheThreadIsRefused() {
        var goal = fixture.goal();
        signIn.as(SAM);
        var before = comments();
        var bea = person(DemoLogins.CUSTOMER_ADMIN);
        assertThatThrownBy(() -> conversations.post(goal, new CommentDraft("@Bea Lindqvist look", Set.of(bea))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("comment.error.mention-outsider"));
        assertThatThrownBy(() -> conversations.post(goal, new CommentDraft("nobody", Set.of(999_999_999L))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(comments()).isEqualTo(before);
        assertThat(events.stream(PeopleMentioned.class).filter(e -> e.recipients().contains(bea))).isEmpty();
    }

    @Test
    void aSupplierInternalThreadNeverReachesACustomer() {
        var internal = fixture.internal();
        signIn.as(SAM);
        var tomas = person(TOMAS);
        var comment = conversations.post(internal, new CommentDraft("@Tomás Ferreira their data engineer leaves",
                Set.of(tomas)));
        assertThat(conversations.thread(internal, null, 20).supplierOnly()).isTrue();
        assertThat(conversations.mentionCandidates(internal, "")).isNotEmpty()
                .allMatch(p -> p.side() == com.cohelm.security.Side.SUPPLIER);
        var cora = person(fixture.program().customerLead());
        assertThatThrownBy(() -> conversations.post(internal, new CommentDraft("@Cora Quist", Set.of(cora))))
                .isInstanceOf(InvalidInputException.class);
        var event = events.stream(PeopleMentioned.class).filter(e -> e.commentId() == comment.id()).findFirst()
                .orElseThrow();
        assertThat(event.supplierOnly()).isTrue();
        assertThat(event.recipients()).containsExactly(tomas);
        assertThat(events.stream(PeopleMentioned.class).filter(e -> e.recipients().contains(cora))).isEmpty();
        assertThat(jdbc.sql("select supplier_internal from activity_event where kind = 'COMMENT_POSTED'"
                + " and program_id = ? and subject_type = ?").params(fixture.program().id(), InternalTestSubjects.TYPE)
                .query(Boolean.class).single()).isTrue();

        for (var customer : new String[] {fixture.program().customerLead(), fixture.program().viewer()}) {
            signIn.as(customer);
            assertThatThrownBy(() -> conversations.thread(internal, null, 20))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.post(internal, CommentDraft.of("hi")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.mentionCandidates(internal, ""))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.history(internal, comment.id()))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void everyCommentIsInTheProgramsActivity() {
        var review = fixture.subjects().get(CommentSubject.REVIEW);
        signIn.as(fixture.program().customerLead());
        var comment = conversations.post(review, CommentDraft.of("Agenda looks good"));
        conversations.edit(review, comment.id(), comment.version(), CommentDraft.of("Agenda looks good to us"));
        var kinds = jdbc.sql("select kind from activity_event where program_id = ? and kind like 'COMMENT_%'"
                + " and supplier_internal = false order by id").param(fixture.program().id()).query(String.class).list();
        assertThat(kinds).containsExactly("COMMENT_POSTED", "COMMENT_EDITED");
    }
}
