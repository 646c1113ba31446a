package com.cohelm.review;

import com.cohelm.security.Side;
import java.time.Instant;
import java.util.List;

/**
 * An agenda item with everything captured under it.
 *
 * @param detail  what changed in people's own words (a reason, an explanation, a feedback item's text), or null
 * @param lines   what changed as facts in each reader's language (render with {@link AgendaTexts}); may be empty
 * @param custom  added by a lead rather than built from a change
 * @param actions the mutual action plan's items agreed under it: as the plan shows them now while the review is
 *                open, as they were when it closed once it is a record
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
        List<AgendaLine> lines,
        List<NoteView> notes,
        List<DecisionView> decisions,
        List<AgreedAction> actions) {

    /** The item's lines in the reader's language (its detail, in people's own words, is apart). */
    public List<String> summary(Translator t, java.util.Locale locale) {
        return AgendaTexts.render(lines, t, locale);
    }
}
