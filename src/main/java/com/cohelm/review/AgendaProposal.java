package com.cohelm.review;

import com.cohelm.security.Side;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An item an {@link AgendaSource} proposes for a review's agenda.
 *
 * @param kind    what happened, upper case, e.g. GOAL_STATUS or MILESTONE_SLIP; labelled by {@code review.kind.<kind>}
 * @param refType what the item is about, e.g. "goal", "milestone", "proposal", "side"; null for none
 * @param refId   its id, or null
 * @param side    the side it concerns (who slipped, whose actions are overdue), or null for both
 * @param title   a short title in the users' words, e.g. the goal's title
 * @param detail  what changed, in the users' words (a reason, a note, an explanation), or null
 * @param at      when it happened
 * @param lines   what changed as facts each reader reads in their own language ({@link AgendaLine}), e.g. "6
 *                measurements since the last review, latest 95.11 % on Dec 4, 2026"; empty for none
 */
public record AgendaProposal(String kind, String refType, Long refId, Side side, String title, String detail,
        Instant at, List<AgendaLine> lines) {

    public static final String CUSTOM = "CUSTOM";

    public AgendaProposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (!kind.matches("[A-Z][A-Z_]{1,31}")) {
            throw new IllegalArgumentException("An agenda kind is an upper-case word: " + kind);
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A proposal whose detail says it all, without lines. */
    public AgendaProposal(String kind, String refType, Long refId, Side side, String title, String detail, Instant at) {
        this(kind, refType, refId, side, title, detail, at, List.of());
    }

    String key() {
        return key(kind, refType, refId, side);
    }

    /**
     * What makes two proposals the same item. A goal is one item whatever changed (measured, its status
     * confirmed): the agenda discusses each goal once, with all that changed.
     */
    static String key(String kind, String refType, Long refId, Side side) {
        if ("goal".equals(refType) && kind.startsWith(GoalAgendaSource.PREFIX)) {
            return "goal/" + refId;
        }
        return kind + "/" + refType + "/" + refId + "/" + side;
    }
}
