package com.cohelm.feedback;

import com.cohelm.goal.GoalRef;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.security.Side;
import java.util.List;

/**
 * Everything around the feedback page's item list: the program, what the reader may do, the pulses and
 * their trend, and what an item may be about.
 *
 * @param side             the reader's side
 * @param canContribute    give feedback, answer pulses and respond (not viewers)
 * @param canManagePulses  open and close pulses and set the cadence: supplier leads and supplier admins
 * @param minimumAnswersPerSide how many answers a side of a pulse needs before anything of it is shown
 * @param pulses           newest first
 * @param trend            the revealed pulses, oldest first
 */
public record FeedbackPage(
        long programId,
        String programName,
        String supplierName,
        String customerName,
        Side side,
        boolean canContribute,
        boolean canManagePulses,
        PulseCadence cadence,
        long cadenceVersion,
        int minimumAnswersPerSide,
        List<PulseView> pulses,
        List<PulseTrendPoint> trend,
        List<GoalRef> goals,
        List<MilestoneRef> milestones) {

    public String nameOf(Side side) {
        return side == Side.SUPPLIER ? supplierName : customerName;
    }
}
