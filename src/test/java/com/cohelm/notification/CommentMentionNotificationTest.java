package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.conversation.CommentDraft;
import com.cohelm.conversation.ConversationService;
import com.cohelm.conversation.ThreadFixtures;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestEvents;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The two halves of the conversation joined on the real database: a comment's @mentions become the mentioned
 * people's notifications after the comment commits, linking to the comment, and nobody else's.
 */
@CohelmSpringTest
class CommentMentionNotificationTest {

    private static final String SAM = "sam@northwind.example";
    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    ConversationService conversations;
    @Autowired
    NotificationService notifications;
    @Autowired
    ThreadFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    TestEvents testEvents;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aMentionInACommentNotifiesTheMentionedPeopleWithALinkToTheComment() {
        var fixture = fixtures.create("Mentions notify");
        var goal = fixture.goal();
        var customerLead = fixture.program().customerLead();
        signIn.as(SAM);
        var comment = conversations.post(goal, new CommentDraft("@Cora Quist could you confirm the figure?",
                Set.of(demo.personId(customerLead))));
        testEvents.awaitHandled();

        signIn.as(customerLead);
        var mentions = mentionsOf(comment.id());
        assertThat(mentions).singleElement().satisfies(notification -> {
            assertThat(notification.read()).isFalse();
            assertThat(notification.subjectTitle()).isEqualTo("Yield above 95 %");
            assertThat(notification.programId()).isEqualTo(fixture.program().id());
            assertThat(notification.link()).isEqualTo("programs/" + fixture.program().id() + "/goals/" + goal.id()
                    + "?comment=" + comment.id());
        });
        assertThat(notifications.open(mentions.getFirst().id())).isEqualTo(mentions.getFirst().link());

        // neither the author nor a member who was not mentioned hears of it
        signIn.as(SAM);
        assertThat(mentionsOf(comment.id())).isEmpty();
        signIn.as(fixture.program().customerMember());
        assertThat(mentionsOf(comment.id())).isEmpty();
    }

    @Test
    void aMentionInASupplierInternalThreadNotifiesOnlySupplierStaff() {
        var fixture = fixtures.create("Internal mentions notify");
        signIn.as(SAM);
        var comment = conversations.post(fixture.internal(), new CommentDraft("@Tomás Ferreira between us",
                Set.of(demo.personId(TOMAS))));
        testEvents.awaitHandled();

        signIn.as(TOMAS);
        assertThat(mentionsOf(comment.id())).hasSize(1);
        signIn.as(fixture.program().customerLead());
        assertThat(mentionsOf(comment.id())).isEmpty();
    }

    private List<NotificationView> mentionsOf(long commentId) {
        return notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 500)).stream()
                .filter(n -> n.kind() == NotificationKind.MENTIONED)
                .filter(n -> n.link().endsWith("comment=" + commentId))
                .toList();
    }
}
