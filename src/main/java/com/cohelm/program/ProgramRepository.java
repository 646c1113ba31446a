package com.cohelm.program;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long> {

    /** The visibility rule of {@link ProgramScope} for a program {@code p}, written once for every query. */
    String VISIBLE_IN_SCOPE = "(:#{#scope.allPrograms()} = true"
            + " or ((:#{#scope.customerId()} is null or p.customerId = :#{#scope.customerId()})"
            + " and (:#{#scope.wholeOrganization()} = true or exists (select 1 from ProgramMember m"
            + " where m.programId = p.id and m.userId = :#{#scope.userId()}))))";

    /** The programs list's filters over the visible programs, written once for the list and its count. */
    String VISIBLE = " from Program p where " + VISIBLE_IN_SCOPE
            + " and (:status is null or p.status = :status)"
            + " and (:text is null or lower(p.name) like :text or p.customerId in :customerIds)";

    @Query("select p" + VISIBLE)
    List<Program> findVisible(ProgramScope scope, ProgramStatus status, String text, Collection<Long> customerIds,
            Pageable pageable);

    java.util.Optional<Program> findFirstByName(String name);

    @Query("select p.id from Program p where p.id in :ids and p.status = :status")
    List<Long> findIdsWithStatus(Collection<Long> ids, ProgramStatus status);

    @Query("select count(p)" + VISIBLE)
    long countVisible(ProgramScope scope, ProgramStatus status, String text, Collection<Long> customerIds);

    List<Program> findByCustomerIdOrderByName(long customerId);

    List<Program> findAllByOrderByName();
}
