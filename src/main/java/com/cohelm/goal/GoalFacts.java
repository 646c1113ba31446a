package com.cohelm.goal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the goals feature knows of many programs at once, for the health feature's computation: one
 * statement whatever the number of programs. It checks no access: the caller passes program ids it has
 * authorized, or works for the weekly health job.
 */
@Component
public class GoalFacts {

    @PersistenceContext
    private EntityManager entityManager;

    /** The status of every goal of each given program, dropped ones included; programs without goals are missing. */
    @Transactional(readOnly = true)
    public Map<Long, List<GoalStatus>> statuses(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, List<GoalStatus>>();
        entityManager.createQuery("select g.programId, g.status from Goal g where g.programId in :ids order by g.id",
                        Object[].class)
                .setParameter("ids", programIds).getResultList()
                .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((GoalStatus) r[1]));
        return result;
    }
}
