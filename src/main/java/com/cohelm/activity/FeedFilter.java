package com.cohelm.activity;

import com.cohelm.security.Side;
import java.util.Set;

/** The feed's filters: the kinds to show (empty for all) and the side of who acted (null for both). */
public record FeedFilter(Set<ActivityKind> kinds, Side side) {

    public static final FeedFilter ALL = new FeedFilter(Set.of(), null);

    public FeedFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
