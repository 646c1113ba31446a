package com.cohelm.conversation.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.conversation.CommentDraft;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.ConversationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Markdown text area that suggests people as one types {@code @} and a few letters at the end of the text:
 * only people the service says may read the thread. Choosing one writes {@code @Their Name} and remembers
 * them as a mention; a mention whose name is removed from the text is dropped again.
 */
class CommentEditor extends Div {

    /** An @ at the start or after a space, then the letters typed so far, at the end of the text. */
    private static final Pattern TYPING = Pattern.compile("(?:^|\\s)@([\\p{L}\\p{N}._'-]{0,30})$");

    private final ConversationService conversations;
    private final CommentSubject subject;
    private final TextArea text = new TextArea();
    private final Div suggestions = new Div();
    private final Map<Long, PersonSummary> chosen = new LinkedHashMap<>();
    private final TextLimit limit;

    CommentEditor(ConversationService conversations, CommentSubject subject, String label) {
        this.conversations = conversations;
        this.subject = subject;
        addClassName("comment-editor");
        text.setLabel(label);
        text.setHelperText(getTranslation("comment.editor.help"));
        limit = TextLimit.of(text, CommentDraft.MAX_LENGTH);
        text.setWidthFull();
        text.setMinRows(3);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(250);
        text.addValueChangeListener(e -> suggest());
        suggestions.addClassName("mention-suggestions");
        suggestions.setVisible(false);
        add(text, suggestions);
    }

    void start(String markdown, Collection<PersonSummary> mentioned) {
        chosen.clear();
        mentioned.forEach(p -> chosen.put(p.id(), p));
        text.setValue(markdown == null ? "" : markdown);
        text.setInvalid(false);
    }

    CommentDraft draft() {
        var value = text.getValue();
        var kept = chosen.values().stream().filter(p -> value.contains("@" + p.displayName())).map(PersonSummary::id)
                .collect(Collectors.toSet());
        return new CommentDraft(value, kept);
    }

    String value() {
        return text.getValue();
    }

    /** Whether the text is within its limit; when not, the field says so. */
    boolean within() {
        return limit.within();
    }

    /** A service's refusal of the text, said at it. */
    void showError(RuntimeException refusal) {
        ServiceErrors.show(this, refusal, text);
    }

    void showError(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    void clear() {
        chosen.clear();
        text.clear();
        text.setInvalid(false);
        suggestions.removeAll();
        suggestions.setVisible(false);
    }

    private void suggest() {
        suggestions.removeAll();
        var typing = TYPING.matcher(text.getValue());
        if (!typing.find()) {
            suggestions.setVisible(false);
            return;
        }
        var prefix = typing.group(1);
        var people = conversations.mentionCandidates(subject, prefix);
        var heading = new Span(getTranslation(people.isEmpty() ? "comment.mention.none" : "comment.mention.choose"));
        heading.addClassName("mention-heading");
        suggestions.add(heading);
        for (var person : people) {
            var choice = new Button("@" + person.displayName() + " · " + person.organizationName(),
                    e -> choose(person, prefix));
            choice.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            choice.addClassNames("mention-choice", "side-" + person.side().name().toLowerCase(java.util.Locale.ROOT));
            suggestions.add(choice);
        }
        suggestions.setVisible(true);
    }

    private void choose(PersonSummary person, String prefix) {
        var value = text.getValue();
        var start = value.length() - prefix.length() - 1;
        chosen.put(person.id(), person);
        text.setValue(value.substring(0, start) + "@" + person.displayName() + " ");
        suggestions.removeAll();
        suggestions.setVisible(false);
        text.focus();
    }
}
