package com.cohelm.schedule;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlipEntryRepository extends JpaRepository<SlipEntry, Long> {

    List<SlipEntry> findBySlipIdInOrderByCreatedAtAscIdAsc(Collection<Long> slipIds);
}
