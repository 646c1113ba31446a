package com.cohelm.action;

import com.cohelm.security.Side;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the action plan knows of many programs at once, for the health feature (a program's health, the
 * portfolio): one statement per method whatever the number of programs. What counts as responsive and as
 * overdue is this feature's rule ({@link Responsiveness}, an open item past its due date). It checks no
 * access: the caller passes program ids it has authorized, or works for the weekly health job.
 */
@Component
public class ActionFacts {

    /** Open items past their due date, per side of the assignee. */
    public record OverdueCounts(long supplier, long customer) {

        public static final OverdueCounts NONE = new OverdueCounts(0, 0);
    }

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Each given program's responsiveness figures as of {@code now}, supplier first (the program page's
     * figures, {@link ActionReports#responsiveness}); a program without items gets empty figures.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<SideResponsiveness>> responsiveness(Collection<Long> programIds, Instant now) {
        var samples = new HashMap<Long, List<ResponseSample>>();
        if (!programIds.isEmpty()) {
            var since = Responsiveness.windowStart(now);
            entityManager.createQuery("select a.programId, a.assigneeSide, a.question, a.createdAt, a.dueDate,"
                            + " a.answeredAt, a.closedAt from ActionItem a where a.programId in :ids and "
                            + ActionItemRepository.RESPONSE_SAMPLES, Object[].class)
                    .setParameter("ids", programIds).setParameter("since", since)
                    .setParameter("sinceDay", LocalDate.ofInstant(since, ZoneOffset.UTC))
                    .setParameter("today", LocalDate.ofInstant(now, ZoneOffset.UTC)).getResultList()
                    .forEach(r -> samples.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(new ResponseSample((Side) r[1], (Boolean) r[2], (Instant) r[3], (LocalDate) r[4],
                                    (Instant) r[5], (Instant) r[6])));
        }
        var result = new HashMap<Long, List<SideResponsiveness>>();
        programIds.forEach(id -> result.put(id, Responsiveness.compute(samples.getOrDefault(id, List.of()), now)));
        return result;
    }

    /** Per given program, its open items past their due date on {@code today}; programs with none are missing. */
    @Transactional(readOnly = true)
    public Map<Long, OverdueCounts> overdueCounts(Collection<Long> programIds, LocalDate today) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, OverdueCounts>();
        entityManager.createQuery("select a.programId, a.assigneeSide, count(a) from ActionItem a"
                        + " where a.programId in :ids and " + ActionItemRepository.OVERDUE
                        + " group by a.programId, a.assigneeSide", Object[].class)
                .setParameter("ids", programIds).setParameter("today", today).getResultList()
                .forEach(r -> {
                    var count = (Long) r[2];
                    result.merge((Long) r[0], r[1] == Side.SUPPLIER ? new OverdueCounts(count, 0)
                            : new OverdueCounts(0, count),
                            (a, b) -> new OverdueCounts(a.supplier() + b.supplier(), a.customer() + b.customer()));
                });
        return result;
    }
}
