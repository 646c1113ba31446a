package com.cohelm.health;

import com.cohelm.feedback.PulseScoreSource;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Pulse scores from the feedback feature, whose source already leaves supplier-internal ratings out. */
@Component
class FeedbackPulses implements PulseInput {

    private final PulseScoreSource source;

    FeedbackPulses(PulseScoreSource source) {
        this.source = source;
    }

    @Override
    public Map<Long, PulseReading> latest(Collection<Long> programIds) {
        return source.latestRevealed(programIds).values().stream().collect(Collectors.toMap(
                scores -> scores.programId(),
                scores -> new PulseReading(scores.customerRatingOfSupplier(), scores.supplierRatingOfCollaboration(),
                        scores.netPromoterScore(), scores.revealedOn())));
    }
}
