package com.cohelm.program;

import com.cohelm.security.Side;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the program feature knows of many programs at once, for the health feature's computation: which
 * programs are still open, whose customer each is, and how engaged each program's team is. One statement
 * per method whatever the number of programs. It checks no access: the caller passes program ids it has
 * authorized (through {@link ProgramAccessPolicy}), or works for the weekly health job.
 */
@Component
public class ProgramFacts {

    /** A program and its customer. */
    public record ProgramCustomer(long programId, long customerId) {
    }

    /**
     * A side's part of a program's team: its members (enabled accounts only) and how many of them did
     * something in the program that both sides see, in the window asked for.
     */
    public record TeamEngagement(int members, int active) {
    }

    private static final String ENGAGEMENT = """
            select pm.program_id, o.kind, count(*), sum(case when exists (select 1 from activity_event e
                    where e.program_id = pm.program_id and e.actor_id = pm.user_id
                    and e.supplier_internal = false and e.occurred_at >= :from and e.occurred_at <= :to)
                then 1 else 0 end)
            from program_member pm join user_account u on u.id = pm.user_id
            join organization o on o.id = u.organization_id
            where pm.program_id in (:ids) and u.enabled = true group by pm.program_id, o.kind
            """;

    @PersistenceContext
    private EntityManager entityManager;

    /** Every program that is not completed, by id: those whose health still moves. */
    @Transactional(readOnly = true)
    public List<ProgramCustomer> notCompleted() {
        return entityManager.createQuery("select p.id, p.customerId from Program p where p.status <> :completed"
                        + " order by p.id", Object[].class)
                .setParameter("completed", ProgramStatus.COMPLETED).getResultList().stream()
                .map(r -> new ProgramCustomer((Long) r[0], (Long) r[1])).toList();
    }

    /** The customer of each given program. */
    @Transactional(readOnly = true)
    public Map<Long, Long> customers(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, Long>();
        entityManager.createQuery("select p.id, p.customerId from Program p where p.id in :ids", Object[].class)
                .setParameter("ids", programIds).getResultList()
                .forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }

    /**
     * Per program and side, its team's engagement between {@code from} and {@code to} (both included); a side
     * without enabled members is missing. The team is this feature's; a member's side and whether the account
     * is enabled are the account feature's, and what they did is the activity feature's (its events that both
     * sides see): one statement reads them together, so that a program's health costs one statement for it,
     * not one per feature or per member.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Side, TeamEngagement>> engagement(Collection<Long> programIds, Instant from, Instant to) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(ENGAGEMENT)
                .setParameter("ids", programIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
        var result = new HashMap<Long, Map<Side, TeamEngagement>>();
        rows.forEach(r -> result.computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(Side.class))
                .put(Side.valueOf((String) r[1]), new TeamEngagement(count(r[2]), count(r[3]))));
        return result;
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
