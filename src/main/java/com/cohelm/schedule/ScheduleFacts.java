package com.cohelm.schedule;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the schedule knows of many programs at once, for the health feature (a program's health, the
 * portfolio): one statement per method whatever the number of programs. Whether a milestone is late or
 * slipped is {@link MilestoneStatus}'s rule, which the database applies here through the same expression
 * the schedule list sorts by. It checks no access: the caller passes program ids it has authorized, or works
 * for the weekly health job.
 */
@Component
public class ScheduleFacts {

    /**
     * A milestone's dates as of a day: the agreed baseline, the current plan and the day it was done (null
     * while open, and for a milestone done after that day, which was still open then).
     */
    public record MilestoneDates(OwnerSide ownerSide, LocalDate baseline, LocalDate planned, LocalDate done) {
    }

    /** Open milestones that are {@link MilestoneStatus#LATE} or {@link MilestoneStatus#SLIPPED}. */
    private static final String SLIPPING = MilestoneRepository.STATUS_RANK + " in ("
            + MilestoneStatus.LATE.ordinal() + ", " + MilestoneStatus.SLIPPED.ordinal() + ")";

    @PersistenceContext
    private EntityManager entityManager;

    /** Every milestone of each given program as of {@code asOf}; programs without milestones are missing. */
    @Transactional(readOnly = true)
    public Map<Long, List<MilestoneDates>> milestones(Collection<Long> programIds, LocalDate asOf) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, List<MilestoneDates>>();
        entityManager.createQuery("select m.programId, m.ownerSide, m.baselineDate, m.plannedDate, m.doneDate"
                        + " from Milestone m where m.programId in :ids order by m.id", Object[].class)
                .setParameter("ids", programIds).getResultList()
                .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new MilestoneDates(
                        (OwnerSide) r[1], (LocalDate) r[2], (LocalDate) r[3], doneBy((LocalDate) r[4], asOf))));
        return result;
    }

    /** As of a past day, a milestone done later was still open. */
    private static LocalDate doneBy(LocalDate done, LocalDate asOf) {
        return done == null || done.isAfter(asOf) ? null : done;
    }

    /**
     * Per given program, its slipping milestones on {@code today}: open ones that are late or planned past their
     * baseline. Programs with none are missing.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> slipCounts(Collection<Long> programIds, LocalDate today) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, Long>();
        entityManager.createQuery("select m.programId, count(m) from Milestone m where m.programId in :ids and "
                        + SLIPPING + " group by m.programId", Object[].class)
                .setParameter("ids", programIds).setParameter("today", today).getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }
}
