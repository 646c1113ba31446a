package com.cohelm.goal;

import java.util.List;

/**
 * One goal's page. {@code internalNotes} is empty for customer users: the service never reads them
 * for a customer's request.
 *
 * @param measurementDates the days a new measurement may be dated (decision 0033)
 */
public record GoalDetails(
        long programId,
        String programName,
        GoalSummary summary,
        String whyItMatters,
        long version,
        List<MeasurementView> measurements,
        List<StatusChangeView> statusHistory,
        List<InternalNoteView> internalNotes,
        GoalPermissions permissions,
        com.cohelm.base.DateRange measurementDates) {

    /** The measurements already taken on a day, the one entered last first: a new one is added beside them. */
    public List<MeasurementView> measurementsOn(java.time.LocalDate date) {
        return measurements.stream().filter(m -> m.date().equals(date)).toList();
    }

    public GoalDraft toDraft() {
        var kpi = summary.kpi();
        return new GoalDraft(summary.title(), whyItMatters, kpi.metric(), kpi.unit(), kpi.baseline(), kpi.target(),
                kpi.direction(), kpi.targetDate(), summary.supplierOwner().id(), summary.customerOwner().id());
    }
}
