package com.cohelm.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BaselineEntryRepository extends JpaRepository<BaselineEntry, BaselineEntry.Key> {

    @Query("select e from BaselineEntry e where e.id.baselineId = :baselineId")
    List<BaselineEntry> findByBaselineId(@Param("baselineId") long baselineId);
}
