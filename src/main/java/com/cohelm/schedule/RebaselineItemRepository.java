package com.cohelm.schedule;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RebaselineItemRepository extends JpaRepository<RebaselineItem, RebaselineItem.Key> {

    @Query("select i from RebaselineItem i where i.id.proposalId in :proposalIds")
    List<RebaselineItem> findByProposalIdIn(@Param("proposalIds") Collection<Long> proposalIds);
}
