package com.cohelm.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The home page's "waiting on you" section (moved here with it from HomeViewTest). */
class WaitingHomeSectionTest {

    /** Twelve overdue items waiting longer than a re-baseline do not hide it: ten lines, the oldest of each kind. */
    @Test
    void theWaitingListShowsTheOldestOfEachKindWithinItsTenLines() {
        var start = java.time.Instant.parse("2026-11-01T08:00:00Z");
        var items = new java.util.ArrayList<com.cohelm.notification.WaitingItem>();
        for (var i = 0; i < 12; i++) {
            items.add(new com.cohelm.notification.WaitingItem(com.cohelm.notification.WaitingItem.Kind.OVERDUE_ACTION,
                    1, "P", "Item " + i, java.time.LocalDate.of(2026, 10, 1), start.plusSeconds(i * 3600L), "l" + i));
        }
        var proposal = new com.cohelm.notification.WaitingItem(com.cohelm.notification.WaitingItem.Kind.REBASELINE, 1,
                "P", "New dates", null, start.plusSeconds(86_400), "schedule");
        items.add(proposal);

        var shown = WaitingHomeSection.firstOfEachKindThenOldest(items);

        assertThat(shown).hasSize(WaitingHomeSection.HOME_WAITING).contains(proposal).last().isEqualTo(proposal);
        assertThat(shown.getFirst().title()).isEqualTo("Item 0");
        assertThat(shown).extracting(com.cohelm.notification.WaitingItem::title).doesNotContain("Item 9", "Item 10");
    }
}
