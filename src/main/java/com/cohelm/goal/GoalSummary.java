package com.cohelm.goal;

import com.cohelm.account.PersonSummary;
import java.util.Optional;

/**
 * A goal as the goals page lists it.
 *
 * @param latest     the latest measurement, if any
 * @param progress   how far the latest value has come from the baseline to the target, 0 to 1
 * @param suggestion what the measurements suggest, if there are enough of them
 */
public record GoalSummary(
        long id,
        String title,
        PersonSummary supplierOwner,
        PersonSummary customerOwner,
        Kpi kpi,
        Optional<MeasurementPoint> latest,
        double progress,
        GoalStatus status,
        Optional<StatusSuggestion> suggestion) {

    /** The suggestion when it differs from the confirmed status. */
    public Optional<GoalStatus> differingSuggestion() {
        return suggestion.map(StatusSuggestion::status).filter(s -> s != status);
    }
}
