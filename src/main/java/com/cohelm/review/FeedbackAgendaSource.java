package com.cohelm.review;

import com.cohelm.feedback.FeedbackChange;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackService;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Feedback on the agenda: every feedback item given since (praise, criticism or an idea, with its text as
 * it was when the agenda was built) and every pulse whose results were revealed since. Both sides see
 * both: the feedback service leaves out what the reader may not see.
 */
@Component
@Order(40)
class FeedbackAgendaSource implements AgendaSource {

    static final String ITEM_REF = "feedback";
    static final String PULSE_REF = "pulse";

    private final FeedbackService feedback;

    FeedbackAgendaSource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public List<AgendaProposal> proposals(long programId, Instant since) {
        return feedback.changesSince(programId, since).stream().map(change -> proposal(programId, change)).toList();
    }

    private AgendaProposal proposal(long programId, FeedbackChange change) {
        if (FeedbackChange.PULSE_REVEALED.equals(change.kind())) {
            return new AgendaProposal(change.kind(), PULSE_REF, change.id(), null, change.title(), null, change.at());
        }
        var body = feedback.item(programId, change.id()).map(FeedbackItemView::body).orElse(null);
        return new AgendaProposal(change.kind(), ITEM_REF, change.id(), change.fromSide(), change.title(), body,
                change.at());
    }
}
