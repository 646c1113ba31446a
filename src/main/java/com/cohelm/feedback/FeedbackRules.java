package com.cohelm.feedback;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.program.ProgramAccess;

/**
 * The rules {@link FeedbackService}, {@link PulseService} and {@link PulseScheduler} share after the program
 * access check: who manages pulses, and how a pulse appears in the program's activity.
 */
final class FeedbackRules {

    private FeedbackRules() {
    }

    /** Supplier leads and supplier admins open and close pulses and set their cadence. */
    static boolean managesPulses(ProgramAccess access) {
        return access.canEdit() && access.user().isSupplier();
    }

    /** A pulse's event in the program's activity; the scheduled job, which reads no access, names no organization. */
    static ActivityEntry pulseEntry(ActivityKind kind, Long customerId, Pulse pulse) {
        return ActivityEntry.of(kind).organization(customerId).program(pulse.getProgramId())
                .subject("pulse", pulse.getId(), pulse.getTitle());
    }
}
