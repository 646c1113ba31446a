package com.cohelm.conversation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.conversation.CommentDraft;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.ConversationService;
import com.cohelm.conversation.ThreadFixtures;
import com.cohelm.conversation.ThreadFixtures.Fixture;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The thread as people use it inside the pages that carry it: the goal page, the milestone page, the action
 * item's dialog and the feedback item's dialog. Writing with an @mention chosen from the suggestions, editing
 * and its history, a conflict with another tab, deleting, "show earlier" and links to one comment.
 */
class CommentThreadViewTest extends KaribuViewTest {

    @Autowired
    ThreadFixtures fixtures;
    @Autowired
    ConversationService conversations;

    private Fixture fixture;

    @BeforeEach
    void program() {
        fixture = fixtures.create("Thread view");
    }

    private void open(CommentSubject subject, String query) {
        var path = switch (subject.type()) {
            case CommentSubject.GOAL -> "programs/" + subject.programId() + "/goals/" + subject.id();
            case CommentSubject.MILESTONE -> "programs/" + subject.programId() + "/schedule/" + subject.id();
            case CommentSubject.ACTION -> "programs/" + subject.programId() + "/actions?item=" + subject.id();
            case CommentSubject.FEEDBACK -> "programs/" + subject.programId() + "/feedback?item=" + subject.id();
            default -> "reviews/" + subject.id();
        };
        navigate(path + (query == null ? "" : (path.contains("?") ? "&" : "?") + query));
    }

    private static CommentThreadPanel panel() {
        return _get(CommentThreadPanel.class);
    }

    private static List<Div> comments() {
        return _find(panel(), Div.class, spec -> spec.withClasses("comment"));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** The rendered Markdown inside a comment or a version (an Html component keeps it as markup). */
    private static String html(Div comment) {
        return _get(comment, Html.class).getInnerHtml();
    }

    /** What a comment says: its meta line and its rendered text. */
    private static String said(Div comment) {
        return text(comment) + " " + _find(comment, Html.class).stream().map(Html::getInnerHtml)
                .reduce("", String::concat);
    }

    @Test
    void aCustomerWritesOnTheGoalPageMentioningSomeoneFromTheSuggestions() {
        login(fixture.program().customerMember());
        open(fixture.goal(), null);
        assertThat(text(panel())).contains("Discussion (0)", "No comment yet");

        var editor = _get(panel(), TextArea.class, spec -> spec.withLabel("Comment"));
        _setValue(editor, "Looks good. @to");
        var suggestion = _get(panel(), Button.class, spec -> spec.withClasses("mention-choice"));
        assertThat(suggestion.getText()).startsWith("@Tomás Ferreira");
        // only people who may read the thread are offered: nobody from another customer
        _setValue(editor, "Looks good. @bea");
        _assertNone(panel(), Button.class, spec -> spec.withClasses("mention-choice"));
        _setValue(editor, "Looks good. @to");
        _click(_get(panel(), Button.class, spec -> spec.withClasses("mention-choice")));
        assertThat(editor.getValue()).isEqualTo("Looks good. @Tomás Ferreira ");
        _setValue(editor, editor.getValue() + "can you **check** station 4?");
        _click(_get(panel(), Button.class, spec -> spec.withText("Post")));

        assertThat(editor.getValue()).isEmpty();
        var shown = comments();
        assertThat(shown).hasSize(1);
        assertThat(text(shown.getFirst())).contains("Cal Adeyemi");
        assertThat(html(shown.getFirst())).contains("<strong>check</strong>", "<span class=\"mention\">");
        assertThat(text(panel())).contains("Discussion (1)");
        var thread = conversations.thread(fixture.goal(), null, 20);
        assertThat(thread.comments().getFirst().mentions()).extracting(p -> p.displayName())
                .containsExactly("Tomás Ferreira");
    }

    @Test
    void anEmptyCommentIsRefusedAtTheField() {
        login(DemoLogins.SUPPLIER_MEMBER);
        open(fixture.goal(), null);
        _click(_get(panel(), Button.class, spec -> spec.withText("Post")));
        var editor = _get(panel(), TextArea.class, spec -> spec.withLabel("Comment"));
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).isEqualTo("Write something first.");
        assertThat(comments()).isEmpty();
    }

    @Test
    void theAuthorEditsSeesTheHistoryAndDeletes() {
        login(DemoLogins.SUPPLIER_MEMBER);
        conversations.post(fixture.milestone(), CommentDraft.of("The fixtures ship on *Monday*"));
        open(fixture.milestone(), null);
        var comment = comments().getFirst();
        _click(_get(comment, Button.class, spec -> spec.withText("Edit")));
        var editor = _get(comment, TextArea.class, spec -> spec.withLabel("Your comment"));
        assertThat(editor.getValue()).isEqualTo("The fixtures ship on *Monday*");
        _setValue(editor, "The fixtures ship on *Tuesday*");
        _click(_get(comment, Button.class, spec -> spec.withText("Save")));

        comment = comments().getFirst();
        assertThat(html(comment)).contains("<em>Tuesday</em>");
        _click(_get(comment, Button.class, spec -> spec.withText("edited (1 earlier version)")));
        var history = _get(Dialog.class, spec -> spec.withClasses("comment-history-dialog"));
        var versions = _find(history, Div.class, spec -> spec.withClasses("comment-version"));
        assertThat(versions).hasSize(2);
        assertThat(said(versions.get(0))).contains("Current version", "Tuesday");
        assertThat(said(versions.get(1))).contains("Earlier version", "Monday");
        _click(_get(history, Button.class, spec -> spec.withText("Close")));

        _click(_get(comments().getFirst(), Button.class, spec -> spec.withText("Delete")));
        var confirm = _get(Dialog.class, spec -> spec.withClasses("comment-delete-dialog"));
        _click(_get(confirm, Button.class, spec -> spec.withText("Delete")));
        comment = comments().getFirst();
        assertThat(said(comment)).contains("This comment was deleted.").doesNotContain("Tuesday");
        _assertNone(comment, Button.class, spec -> spec.withText("Edit"));
    }

    @Test
    void anEditFromAnotherTabShowsBothWordings() {
        login(DemoLogins.SUPPLIER_MEMBER);
        var posted = conversations.post(fixture.goal(), CommentDraft.of("Version one"));
        open(fixture.goal(), null);
        var comment = comments().getFirst();
        _click(_get(comment, Button.class, spec -> spec.withText("Edit")));
        conversations.edit(fixture.goal(), posted.id(), posted.version(), CommentDraft.of("Version from the other tab"));
        _setValue(_get(comment, TextArea.class, spec -> spec.withLabel("Your comment")), "Version from this tab");
        _click(_get(comment, Button.class, spec -> spec.withText("Save")));

        var conflict = _get(ConflictDialog.class);
        @SuppressWarnings("unchecked")
        var rows = (Grid<ConflictDialog.Difference>) _get(conflict, Grid.class);
        assertThat(rows.getGenericDataView().getItems().toList()).containsExactly(
                new ConflictDialog.Difference("Comment", "Version from this tab", "Version from the other tab"));
        _click(_get(conflict, Button.class, spec -> spec.withText("Save mine over it")));
        assertThat(html(comments().getFirst())).contains("Version from this tab");
        assertThat(conversations.history(fixture.goal(), posted.id())).hasSize(3);
    }

    @Test
    void aLongThreadShowsItsNewestAndEarlierOnRequestAndALinkReachesAnOldComment() {
        login(DemoLogins.SUPPLIER_MEMBER);
        long first = 0;
        for (int i = 1; i <= ConversationService.PAGE_SIZE + 5; i++) {
            var c = conversations.post(fixture.goal(), CommentDraft.of("Note " + i));
            first = first == 0 ? c.id() : first;
        }
        open(fixture.goal(), null);
        assertThat(comments()).hasSize(ConversationService.PAGE_SIZE);
        assertThat(said(comments().getLast())).contains("Note 25");
        _click(_get(panel(), Button.class, spec -> spec.withText("Show earlier comments")));
        assertThat(comments()).hasSize(ConversationService.PAGE_SIZE + 5);
        assertThat(said(comments().getFirst())).contains("Note 1<");
        _assertNone(panel(), Button.class, spec -> spec.withText("Show earlier comments"));

        open(fixture.goal(), "comment=" + first);
        var focused = _get(panel(), Div.class, spec -> spec.withClasses("comment-focused"));
        assertThat(focused.getId()).hasValue("comment-" + first);
    }

    @Test
    void aViewerIsNotInvitedToStartADiscussionTheyCannotWrite() {
        login(fixture.program().viewer());
        open(fixture.goal(), null);
        assertThat(text(panel())).contains("No comment yet.").doesNotContain("Start the discussion");
        _assertNone(panel(), TextArea.class);
        login(fixture.program().customerMember());
        open(fixture.goal(), null);
        assertThat(text(panel())).contains("No comment yet. Start the discussion below.");
    }

    @Test
    void viewersReadTheMilestoneThreadWithoutAnEditor() {
        login(DemoLogins.SUPPLIER_MEMBER);
        conversations.post(fixture.milestone(), CommentDraft.of("Slip agreed: two weeks"));
        login(fixture.program().viewer());
        open(fixture.milestone(), null);
        assertThat(comments()).hasSize(1);
        _assertNone(panel(), TextArea.class);
        _assertNone(panel(), Button.class, spec -> spec.withText("Edit"));
    }

    @Test
    void aMentionLinkOpensTheActionItemWithItsThread() {
        var action = fixture.subjects().get(CommentSubject.ACTION);
        login(fixture.program().customerLead());
        var tomas = conversations.mentionCandidates(action, "tom").getFirst().id();
        var comment = conversations.post(action, new CommentDraft("@Tomás Ferreira drawings attached",
                Set.of(tomas)));
        login("tomas@northwind.example");
        open(action, "comment=" + comment.id());
        var dialog = _get(Dialog.class, spec -> spec.withClasses("action-item-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Send the fixture drawings");
        var focused = _get(dialog, Div.class, spec -> spec.withClasses("comment-focused"));
        assertThat(said(focused)).contains("drawings attached");
    }

    @Test
    void theFeedbackItemDialogCarriesItsThread() {
        var feedback = fixture.subjects().get(CommentSubject.FEEDBACK);
        login(fixture.program().customerLead());
        open(feedback, null);
        var dialog = _get(Dialog.class, spec -> spec.withClasses("feedback-item-dialog"));
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Comment")), "We will send them earlier.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Post")));
        assertThat(_find(dialog, Div.class, spec -> spec.withClasses("comment"))).hasSize(1);
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("FeedbackView");
    }

    @Test
    void anotherCustomersThreadIsNotFound() {
        login(DemoLogins.SUPPLIER_MEMBER);
        conversations.post(fixture.goal(), CommentDraft.of("Internal to this customer"));
        login(DemoLogins.CUSTOMER_ADMIN);
        open(fixture.goal(), null);
        _assertNone(CommentThreadPanel.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Internal to this customer");
    }
}
