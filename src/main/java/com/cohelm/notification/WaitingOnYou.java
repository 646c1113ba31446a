package com.cohelm.notification;

import java.util.List;

/**
 * What a person owes the other side (their overdue items, the questions waiting for their answer, the
 * decisions waiting on them) and what the other side owes them (overdue items they created for it, the
 * questions they asked it), each read through the feature services as that person.
 */
public record WaitingOnYou(List<WaitingItem> youOwe, List<WaitingItem> owedToYou) {

    public WaitingOnYou {
        youOwe = List.copyOf(youOwe);
        owedToYou = List.copyOf(owedToYou);
    }

    public boolean isEmpty() {
        return youOwe.isEmpty() && owedToYou.isEmpty();
    }
}
