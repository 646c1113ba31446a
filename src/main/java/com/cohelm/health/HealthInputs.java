package com.cohelm.health;

import com.cohelm.action.SideResponsiveness;
import com.cohelm.security.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the health score of one program is computed from, as of {@code today}. Empty lists and maps
 * mean "no data", never "zero".
 *
 * @param goals          the status of each goal, dropped ones included (they are left out of the score)
 * @param milestones     every milestone with its owner side and dates
 * @param responsiveness each side's responsiveness figures (the action plan's own computation)
 * @param pulse          the latest revealed pulse, or {@link PulseReading#NONE}
 * @param engagement     per side: the program's members and how many of them were active lately
 */
public record HealthInputs(
        LocalDate today,
        List<GoalFact> goals,
        List<MilestoneFact> milestones,
        List<SideResponsiveness> responsiveness,
        PulseReading pulse,
        Map<Side, Engagement> engagement) {

    public HealthInputs {
        Objects.requireNonNull(today, "today");
        goals = List.copyOf(goals);
        milestones = List.copyOf(milestones);
        responsiveness = List.copyOf(responsiveness);
        Objects.requireNonNull(pulse, "pulse");
        engagement = Map.copyOf(engagement);
    }

    /** One goal's status, by name ({@code com.cohelm.goal.GoalStatus}). */
    public record GoalFact(String status) {
    }

    /**
     * One milestone: its owner side ({@code SUPPLIER}, {@code CUSTOMER} or {@code JOINT}), the agreed
     * baseline, the current plan and the day it was done (null while open).
     */
    public record MilestoneFact(String ownerSide, LocalDate baseline, LocalDate planned, LocalDate done) {
    }

    /** A side's members in the program and how many of them did something there in the window. */
    public record Engagement(int members, int active) {
    }
}
