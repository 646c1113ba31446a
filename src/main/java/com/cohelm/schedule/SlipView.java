package com.cohelm.schedule;

import com.cohelm.security.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A slip with its thread, and what the reader may do with it.
 *
 * @param canRespond     the reader is on the side that did not report it and may acknowledge or contest
 * @param canSettle      the reader may write down the compromise that settles a contested slip
 * @param canReply       the reader may add to the thread
 */
public record SlipView(
        long id,
        long version,
        LocalDate fromDate,
        LocalDate toDate,
        SlipCause cause,
        String explanation,
        String recoveryPlan,
        String reportedBy,
        Side reportedSide,
        Instant reportedAt,
        SlipState state,
        String compromise,
        List<SlipEntryView> thread,
        boolean canRespond,
        boolean canSettle,
        boolean canReply) {
}
