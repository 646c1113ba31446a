package com.cohelm.conversation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.cohelm.conversation.CommentDraft;
import com.cohelm.conversation.ConversationService;
import com.cohelm.conversation.ThreadFixtures;
import com.cohelm.conversation.ThreadFixtures.Fixture;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.EditDialogTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing a comment saves only what changed: a comment that mentions someone, saved untouched, changes no row
 * (no earlier version is kept, nobody is told again); a new wording changes the text, keeps the earlier one
 * and records one event.
 */
class CommentEditTest extends EditDialogTest {

    @Autowired
    ThreadFixtures fixtures;
    @Autowired
    ConversationService conversations;
    @Autowired
    DemoPrograms demo;

    /** Sam's comment on the milestone mentioning the customer lead, open in his editor. */
    private Div editing(Fixture fixture) {
        login(DemoLogins.SUPPLIER_MEMBER);
        conversations.post(fixture.milestone(), CommentDraft.of("@Cora Quist the fixtures ship on *Monday*",
                demo.personId(fixture.program().customerLead())));
        navigate("programs/" + fixture.program().id() + "/schedule/" + fixture.milestone().id());
        var comment = _find(Div.class, spec -> spec.withClasses("comment")).getFirst();
        click(comment, "Edit");
        return comment;
    }

    @Test
    void savingUntouchedChangesNothing() {
        var fixture = fixtures.create("Comment edit");
        var comment = editing(fixture);
        assertNothingChanged(changesOf(() -> click(comment, "Save")));
    }

    @Test
    void anotherWordingChangesOnlyTheText() {
        var fixture = fixtures.create("Comment edit");
        var comment = editing(fixture);
        var changes = changesOf(() -> {
            _setValue(_get(comment, TextArea.class, spec -> spec.withLabel("Your comment")),
                    "@Cora Quist the fixtures ship on *Tuesday*");
            click(comment, "Save");
        });
        assertOnlyChanged(changes, "COMMENT_EDITED", "comment.body", "comment.edited_at", "comment.version",
                "+comment_revision");
    }
}
