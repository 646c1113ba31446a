package com.cohelm.review;

import com.cohelm.action.ActionItemView;
import com.cohelm.security.Side;
import java.time.Instant;
import java.util.List;

/**
 * An agenda item with everything captured under it.
 *
 * @param custom    added by a lead rather than built from a change
 * @param actions   the mutual action plan's items agreed under it, as the plan shows them now
 */
public record AgendaItemView(
        long id,
        int position,
        String kind,
        String refType,
        Long refId,
        Side side,
        String title,
        String detail,
        Instant happenedAt,
        boolean custom,
        List<NoteView> notes,
        List<DecisionView> decisions,
        List<ActionItemView> actions) {
}
