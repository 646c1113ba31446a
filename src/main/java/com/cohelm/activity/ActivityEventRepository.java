package com.cohelm.activity;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityEventRepository extends JpaRepository<ActivityEvent, Long> {

    @Query("select e from ActivityEvent e where e.programId = :programId"
            + " and (:includeInternal = true or e.supplierInternal = false) order by e.occurredAt desc, e.id desc")
    List<ActivityEvent> findForProgram(long programId, boolean includeInternal, Pageable pageable);
}
