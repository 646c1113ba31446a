package com.cohelm.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BaselineEntryRepository extends JpaRepository<BaselineEntry, BaselineEntry.Key> {

    List<BaselineEntry> findByBaselineId(long baselineId);
}
