package com.cohelm.conversation.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.Formats;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThread;
import com.cohelm.conversation.CommentView;
import com.cohelm.conversation.ConversationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A thread under a page's subject: newest last, the newest page first and earlier ones on request (a long
 * thread never builds all its comments at once), each comment with its author and side, when it was written,
 * its sanitised Markdown with highlighted mentions, "edited" with its history, or a "deleted" marker. The
 * author edits (a conflict shows both wordings) and deletes; supplier admins delete too.
 */
class CommentThreadPanel extends Div {

    /** Enough pages to reach a linked comment in any real thread, without looping forever. */
    private static final int MAX_PAGES_TO_FOCUS = 50;

    private final ConversationService conversations;
    private final CommentSubject subject;
    private final ZoneId zone;
    private final H3 heading = new H3();
    private final Button earlier = new Button();
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    /** The comments shown, oldest first, by id. */
    private final Map<Long, CommentView> shown = new LinkedHashMap<>();
    private final Map<Long, Div> rows = new LinkedHashMap<>();
    private CommentThread thread;
    private boolean more;

    CommentThreadPanel(ConversationService conversations, CommentSubject subject, ZoneId zone, Long focus) {
        this.conversations = conversations;
        this.subject = subject;
        this.zone = zone;
        addClassName("comment-thread");
        heading.addClassName("comment-thread-title");
        earlier.setText(getTranslation("comment.earlier"));
        earlier.setIcon(VaadinIcon.ANGLE_UP.create());
        earlier.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        earlier.addClassName("comment-earlier");
        earlier.addClickListener(e -> showEarlier());
        list.addClassName("comment-list");
        empty.addClassName("comment-empty");
        thread = conversations.thread(subject, null, ConversationService.PAGE_SIZE);
        // a reader who may not post is not invited to start the discussion
        empty.setText(getTranslation(thread.mayPost() ? "comment.none" : "comment.none.read"));
        var head = new Div(heading);
        head.addClassName("comment-thread-head");
        if (thread.supplierOnly()) {
            var tag = new Span(getTranslation("comment.supplier-only"));
            tag.addClassNames("side-tag", "side-supplier");
            head.add(tag);
        }
        add(head, earlier, list, empty);
        thread.comments().forEach(c -> shown.put(c.id(), c));
        more = thread.earlier();
        if (focus != null) {
            reach(focus);
        }
        redraw();
        if (thread.mayPost()) {
            add(newCommentForm());
        }
        if (focus != null && rows.containsKey(focus)) {
            var row = rows.get(focus);
            row.addClassName("comment-focused");
            row.scrollIntoView();
        }
    }

    /** Loads earlier pages until the linked comment is shown (or the thread has no more). */
    private void reach(long focus) {
        for (int page = 0; page < MAX_PAGES_TO_FOCUS && more && !shown.containsKey(focus); page++) {
            loadEarlier();
        }
    }

    private void showEarlier() {
        loadEarlier();
        redraw();
    }

    private void loadEarlier() {
        var oldest = shown.keySet().stream().findFirst().orElse(null);
        var page = conversations.thread(subject, oldest, ConversationService.PAGE_SIZE);
        var merged = new LinkedHashMap<Long, CommentView>();
        page.comments().forEach(c -> merged.put(c.id(), c));
        merged.putAll(shown);
        shown.clear();
        shown.putAll(merged);
        more = page.earlier();
        thread = page;
    }

    private void redraw() {
        heading.setText(getTranslation("comment.title", thread.total()));
        earlier.setVisible(more);
        list.removeAll();
        rows.clear();
        shown.values().forEach(c -> {
            var row = row(c);
            rows.put(c.id(), row);
            list.add(row);
        });
        empty.setVisible(shown.isEmpty());
    }

    /** After a change: the newest page again, keeping what the reader had opened further back. */
    private void reload() {
        var count = Math.max(shown.size(), ConversationService.PAGE_SIZE);
        shown.clear();
        thread = conversations.thread(subject, null, ConversationService.PAGE_SIZE);
        thread.comments().forEach(c -> shown.put(c.id(), c));
        more = thread.earlier();
        while (more && shown.size() < count) {
            loadEarlier();
        }
        redraw();
    }

    private Div row(CommentView comment) {
        var row = new Div();
        row.addClassName("comment");
        row.setId("comment-" + comment.id());
        var when = new Span(Formats.dateTime(comment.createdAt(), getLocale(), zone));
        when.addClassName("comment-time");
        var meta = new Div(new PersonLabel(comment.author()), when);
        meta.addClassName("comment-meta");
        row.add(meta);
        if (comment.deleted()) {
            row.addClassName("comment-deleted");
            var marker = new Paragraph(getTranslation("comment.deleted"));
            marker.addClassName("comment-deleted-marker");
            row.add(marker);
            return row;
        }
        if (comment.edited()) {
            var edited = new Button(getTranslation("comment.edited", comment.revisions()), e -> history(comment));
            edited.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            edited.addClassName("comment-edited");
            meta.add(edited);
        }
        row.add(new Html(comment.html()));
        var buttons = new Div();
        buttons.addClassName("comment-buttons");
        if (comment.mayEdit()) {
            var edit = new Button(getTranslation("comment.edit"), e -> startEdit(row, comment));
            edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            buttons.add(edit);
        }
        if (comment.mayDelete()) {
            var delete = new Button(getTranslation("comment.delete"), e -> confirmDelete(comment));
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            buttons.add(delete);
        }
        if (buttons.getComponentCount() > 0) {
            row.add(buttons);
        }
        return row;
    }

    private Component newCommentForm() {
        var editor = new CommentEditor(conversations, subject, getTranslation("comment.new"));
        var post = new Button(getTranslation("comment.post"));
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.addClickListener(e -> {
            if (editor.value().isBlank()) {
                editor.showError(getTranslation("comment.error.empty"));
                return;
            }
            if (!editor.within()) {
                return;
            }
            try {
                conversations.post(subject, editor.draft());
                editor.clear();
                reload();
            } catch (InvalidInputException | ConstraintViolationException ex) {
                editor.showError(ex);
            }
        });
        var form = new Div(editor, post);
        form.addClassName("comment-form");
        return form;
    }

    private void startEdit(Div row, CommentView comment) {
        var editor = new CommentEditor(conversations, subject, getTranslation("comment.edit.label"));
        editor.start(comment.markdown(), comment.mentions());
        var save = new Button(getTranslation("action.save"), e -> save(editor, comment.id(), comment.version()));
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        var cancel = new Button(getTranslation("action.cancel"), e -> redraw());
        cancel.addThemeVariants(ButtonVariant.SMALL);
        var form = new Div(editor, new Div(save, cancel));
        form.addClassName("comment-edit-form");
        row.removeAll();
        row.add(form);
    }

    private void save(CommentEditor editor, long commentId, long version) {
        if (editor.value().isBlank()) {
            editor.showError(getTranslation("comment.error.empty"));
            return;
        }
        if (!editor.within()) {
            return;
        }
        try {
            conversations.edit(subject, commentId, version, editor.draft());
            reload();
        } catch (InvalidInputException | ConstraintViolationException ex) {
            editor.showError(ex);
        } catch (ConcurrentEditException ex) {
            CommentView current = ex.current();
            var differences = new ConflictDialog.Differences(this)
                    .field("comment.text", editor.value(), current.deleted() ? getTranslation("comment.deleted")
                            : current.markdown()).list();
            new ConflictDialog(differences, () -> {
                if (current.deleted()) {
                    reload();
                } else {
                    save(editor, commentId, current.version());
                }
            }, this::reload).open();
        } catch (ResourceNotFoundException | org.springframework.security.access.AccessDeniedException ex) {
            notice(getTranslation("comment.gone"));
            reload();
        }
    }

    private void confirmDelete(CommentView comment) {
        var dialog = new Dialog();
        dialog.addClassName("comment-delete-dialog");
        dialog.setHeaderTitle(getTranslation("comment.delete.title"));
        dialog.add(new Paragraph(getTranslation("comment.delete.text")));
        var delete = new Button(getTranslation("comment.delete"), e -> {
            dialog.close();
            try {
                conversations.delete(subject, comment.id(), comment.version());
            } catch (ConcurrentEditException ex) {
                notice(getTranslation("comment.delete.changed"));
            }
            reload();
        });
        delete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    private void history(CommentView comment) {
        var dialog = new Dialog();
        dialog.addClassName("comment-history-dialog");
        dialog.setHeaderTitle(getTranslation("comment.history.title"));
        dialog.setWidth("min(40rem, 100vw)");
        var versions = new ArrayList<Component>();
        for (var version : conversations.history(subject, comment.id())) {
            var label = new Span(getTranslation(version.current() ? "comment.history.current" : "comment.history.earlier",
                    Formats.dateTime(version.writtenAt(), getLocale(), zone)));
            label.addClassName("fact-label");
            var entry = new Div(label, new Html(version.html()));
            entry.addClassName("comment-version");
            versions.add(entry);
        }
        dialog.add(versions.toArray(Component[]::new));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private static void notice(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.WARNING);
    }
}
