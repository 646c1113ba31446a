package com.cohelm.activity.ui;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.FeedEntry;
import com.cohelm.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * Words for events. Every kind has a sentence ({@code activity.KIND}) and a short label
 * ({@code activity.kind.KIND}); a kind that another feature added without its texts still shows, as its
 * name in words, so the audit log never hides an event.
 */
final class ActivityText {

    private ActivityText() {
    }

    /** "Sam Carter added the action Review fixtures", or the label with its subject. */
    static String sentence(Component owner, FeedEntry entry) {
        var event = entry.event();
        var key = "activity." + event.kind().name();
        // A pulse is named by its day, month or quarter: in the reader's language, like every date.
        var subject = event.subjectLabel() == null ? ""
                : "pulse".equals(event.subjectType()) ? Formats.period(event.subjectLabel(), locale(owner))
                : event.subjectLabel();
        var text = owner.getTranslation(key, entry.actorName(), subject);
        return missing(text, key) ? fallback(event.kind()) + (subject.isEmpty() ? "" : ": " + subject) : text;
    }

    private static Locale locale(Component owner) {
        return owner.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Locale.ENGLISH);
    }

    /** The sentence, as a link to what the event is about when it has a page (see {@link ActivityAddress}). */
    static Component linked(Component owner, FeedEntry entry, String text) {
        var address = ActivityAddress.of(entry.event());
        if (address.isEmpty()) {
            return new Span(text);
        }
        var link = new Anchor(address.get(), text);
        link.addClassName("activity-subject-link");
        return link;
    }

    static String label(Component owner, ActivityKind kind) {
        var key = "activity.kind." + kind.name();
        var text = owner.getTranslation(key);
        return missing(text, key) ? fallback(kind) : text;
    }

    /** Vaadin answers a missing key with the key itself between markers. */
    static boolean missing(String text, String key) {
        return text == null || text.isBlank() || text.contains(key);
    }

    /** SOME_NEW_KIND → "Some new kind". */
    static String fallback(ActivityKind kind) {
        var words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
