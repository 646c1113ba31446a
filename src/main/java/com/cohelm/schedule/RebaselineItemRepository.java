package com.cohelm.schedule;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RebaselineItemRepository extends JpaRepository<RebaselineItem, RebaselineItem.Key> {

    List<RebaselineItem> findByProposalIdIn(Collection<Long> proposalIds);
}
