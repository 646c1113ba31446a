package com.cohelm.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.conversation.ThreadFixtures.Fixture;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.SignIn;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Role × kind of thread × read, post, edit and delete one's own, edit and delete someone else's. People
 * outside the program get "not found" for everything, exactly like a missing thing; viewers only read; only
 * authors edit; authors and supplier admins delete.
 */
@CohelmSpringTest
class CommentAccessMatrixTest {

    enum Access { NONE, READ, WRITE, MODERATE }

    /** Who, in the test program: emails of demo people, or the program's own customer people. */
    enum Role {
        SUPPLIER_ADMIN(f -> DemoLogins.SUPPLIER_ADMIN, Access.MODERATE),
        SUPPLIER_LEAD(f -> DemoLogins.SUPPLIER_MEMBER, Access.WRITE),
        SUPPLIER_MEMBER(f -> "tomas@northwind.example", Access.WRITE),
        SUPPLIER_NOT_MEMBER(f -> "priya@northwind.example", Access.NONE),
        CUSTOMER_LEAD(f -> f.program().customerLead(), Access.WRITE),
        CUSTOMER_MEMBER(f -> f.program().customerMember(), Access.WRITE),
        CUSTOMER_VIEWER(f -> f.program().viewer(), Access.READ),
        OTHER_CUSTOMER_ADMIN(f -> DemoLogins.CUSTOMER_ADMIN, Access.NONE);

        final Function<Fixture, String> login;
        final Access access;

        Role(Function<Fixture, String> login, Access access) {
            this.login = login;
            this.access = access;
        }
    }

    private static Fixture fixture;

    @Autowired
    ConversationService conversations;
    @Autowired
    ThreadFixtures fixtures;
    @Autowired
    SignIn signIn;

    static Stream<Arguments> matrix() {
        return Stream.of(Role.values()).flatMap(role -> ThreadFixtures.KINDS.stream().map(kind -> Arguments.of(role,
                kind)));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Fixture fixture() {
        if (fixture == null) {
            fixture = fixtures.create("Comment matrix");
        }
        return fixture;
    }

    /** A comment by someone else than the role: the customer member's, or Sam's for the customer member. */
    private CommentView othersComment(Role role, CommentSubject subject) {
        var author = role == Role.CUSTOMER_MEMBER ? DemoLogins.SUPPLIER_MEMBER : fixture().program().customerMember();
        signIn.as(author);
        try {
            return conversations.post(subject, CommentDraft.of("By someone else"));
        } finally {
            signIn.out();
        }
    }

    @ParameterizedTest(name = "{0} on a {1}")
    @MethodSource("matrix")
    void eachRoleOnEachKindOfThread(Role role, String kind) {
        var subject = fixture().subjects().get(kind);
        var other = othersComment(role, subject);
        signIn.as(role.login.apply(fixture()));

        if (role.access == Access.NONE) {
            assertThatThrownBy(() -> conversations.thread(subject, null, 20)).isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.post(subject, CommentDraft.of("Hi")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.edit(subject, other.id(), other.version(), CommentDraft.of("x")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.delete(subject, other.id(), other.version()))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.history(subject, other.id()))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> conversations.mentionCandidates(subject, ""))
                    .isInstanceOf(ResourceNotFoundException.class);
            return;
        }

        var thread = conversations.thread(subject, null, 20);
        assertThat(thread.comments()).extracting(CommentView::id).contains(other.id());
        assertThat(conversations.history(subject, other.id())).hasSize(1);
        assertThat(thread.mayPost()).isEqualTo(role.access != Access.READ);

        if (role.access == Access.READ) {
            assertThatThrownBy(() -> conversations.post(subject, CommentDraft.of("Hi")))
                    .isInstanceOf(AccessDeniedException.class);
        } else {
            var mine = conversations.post(subject, CommentDraft.of("Mine"));
            assertThat(mine.mayEdit()).isTrue();
            assertThat(mine.mayDelete()).isTrue();
            var edited = conversations.edit(subject, mine.id(), mine.version(), CommentDraft.of("Mine, reworded"));
            assertThat(conversations.delete(subject, mine.id(), edited.version()).deleted()).isTrue();
        }

        // someone else's comment: nobody edits it; only a supplier admin deletes it
        assertThatThrownBy(() -> conversations.edit(subject, other.id(), other.version(), CommentDraft.of("x")))
                .isInstanceOf(AccessDeniedException.class);
        var shownOther = conversations.thread(subject, null, 100).comments().stream()
                .filter(c -> c.id() == other.id()).findFirst().orElseThrow();
        assertThat(shownOther.mayEdit()).isFalse();
        assertThat(shownOther.mayDelete()).isEqualTo(role.access == Access.MODERATE);
        if (role.access == Access.MODERATE) {
            assertThat(conversations.delete(subject, other.id(), other.version()).deleted()).isTrue();
        } else {
            assertThatThrownBy(() -> conversations.delete(subject, other.id(), other.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
