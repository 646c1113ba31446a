package com.cohelm.notification.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.notification.NotificationService;
import com.cohelm.notification.WaitingItem;
import com.cohelm.program.HomeSection;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The home page's first sections: what waits on me, and what the other side owes me when it owes anything
 * (decision 0026), read by the same query as the digest's "waiting on you".
 */
@SpringComponent
class WaitingHomeSection implements HomeSection {

    /** Lines of "waiting on you" shown; the rest are mostly actions and questions, all on "My actions". */
    static final int HOME_WAITING = 10;

    private final NotificationService notificationService;
    private final CurrentUserService currentUser;

    WaitingHomeSection(NotificationService notificationService, CurrentUserService currentUser) {
        this.notificationService = notificationService;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Share read(HomePage page) {
        var waiting = notificationService.waitingOnMe();
        var zone = currentUser.require().timeZone();
        return () -> {
            var sections = new ArrayList<Component>();
            sections.add(new Waiting("home-waiting", "home.waiting.you-owe", "you-owe", waiting.youOwe(),
                    "home.waiting.you-owe.empty", zone));
            if (!waiting.owedToYou().isEmpty()) {
                sections.add(new Waiting("home-waiting-other-side", "home.waiting.owed-to-you", "owed-to-you",
                        waiting.owedToYou(), null, zone));
            }
            return sections;
        };
    }

    /**
     * At most {@link #HOME_WAITING} lines, longest waiting first, and never all of one kind while another
     * waits too: the oldest of each kind is always among them (ten overdue items must not hide a re-baseline).
     */
    static List<WaitingItem> firstOfEachKindThenOldest(List<WaitingItem> oldestFirst) {
        var shown = new LinkedHashSet<WaitingItem>();
        oldestFirst.stream().collect(Collectors.toMap(WaitingItem::kind, item -> item, (a, b) -> a))
                .values().forEach(shown::add);
        for (var item : oldestFirst) {
            if (shown.size() >= HOME_WAITING) {
                break;
            }
            shown.add(item);
        }
        return shown.stream().sorted(Comparator.comparing(WaitingItem::since)).limit(HOME_WAITING).toList();
    }

    /**
     * What waits on me (or on the other side for me): a heading and a list, longest waiting first, each line a
     * link to the thing with its program and since when (or its due date).
     */
    private static final class Waiting extends HomeSection.Block {

        Waiting(String className, String titleKey, String direction, List<WaitingItem> items, String emptyKey,
                ZoneId zone) {
            super(className, titleKey);
            if (items.isEmpty()) {
                add(empty(getTranslation(emptyKey)));
                return;
            }
            var sorted = items.stream().sorted(Comparator.comparing(WaitingItem::since)).toList();
            var list = new UnorderedList();
            list.addClassName("waiting-list");
            for (var item : firstOfEachKindThenOldest(sorted)) {
                var kind = new Span(getTranslation("home.waiting." + direction + "." + item.kind().name()));
                kind.addClassName("waiting-kind");
                var link = new Anchor(item.link(), item.title());
                link.addClassName("home-item-title");
                var meta = new Span(item.due() != null
                        ? getTranslation("home.waiting.meta.due", item.programName(), Formats.date(item.due(), getLocale()))
                        : getTranslation("home.waiting.meta.since", item.programName(),
                                Formats.date(LocalDate.ofInstant(item.since(), zone), getLocale())));
                meta.addClassName("home-item-meta");
                var what = new Div(link, meta);
                what.addClassName("waiting-what");
                var line = new ListItem(kind, what);
                line.addClassName("waiting-item");
                list.add(line);
            }
            add(list);
            if (sorted.size() > HOME_WAITING) {
                add(new Anchor("my-actions", getTranslation("home.waiting.more", sorted.size() - HOME_WAITING)));
            }
        }
    }
}
