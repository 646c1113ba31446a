package com.cohelm.activity;

import com.cohelm.security.Side;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityEventRepository extends JpaRepository<ActivityEvent, Long> {

    @Query("select e from ActivityEvent e where e.programId = :programId"
            + " and (:includeInternal = true or e.supplierInternal = false) order by e.occurredAt desc, e.id desc")
    List<ActivityEvent> findForProgram(long programId, boolean includeInternal, Pageable pageable);

    /** The program feed's filters, written once for its rows and their count. */
    String FEED = " from ActivityEvent e where e.programId = :programId"
            + " and (:includeInternal = true or e.supplierInternal = false)"
            + " and (:allKinds = true or e.kind in :kinds) and (:side is null or e.actorSide = :side)";

    /** The audit log's filters, written once for its rows and their count. */
    String AUDIT = " from ActivityEvent e where (:from is null or e.occurredAt >= :from)"
            + " and (:to is null or e.occurredAt < :to)"
            + " and (:organizationId is null or e.organizationId = :organizationId)"
            + " and (:allKinds = true or e.kind in :kinds)"
            + " and (:person is null or lower(e.actorLabel) like :person or e.actorId in :personIds)";

    @Query("select e" + FEED + " order by e.occurredAt desc, e.id desc")
    List<ActivityEvent> findFeed(long programId, boolean includeInternal, boolean allKinds,
            Collection<ActivityKind> kinds, Side side, Pageable pageable);

    @Query("select count(e)" + FEED)
    long countFeed(long programId, boolean includeInternal, boolean allKinds, Collection<ActivityKind> kinds,
            Side side);

    @Query("select e" + AUDIT + " order by e.occurredAt desc, e.id desc")
    List<ActivityEvent> findAudit(Instant from, Instant to, Long organizationId, boolean allKinds,
            Collection<ActivityKind> kinds, String person, Collection<Long> personIds, Pageable pageable);

    @Query("select count(e)" + AUDIT)
    long countAudit(Instant from, Instant to, Long organizationId, boolean allKinds, Collection<ActivityKind> kinds,
            String person, Collection<Long> personIds);

    boolean existsByActorIdAndKindAndSubjectIdInAndOccurredAtAfter(Long actorId, ActivityKind kind,
            Collection<Long> subjectIds, Instant after);
}
