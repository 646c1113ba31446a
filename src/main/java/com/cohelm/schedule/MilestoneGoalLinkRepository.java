package com.cohelm.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneGoalLinkRepository extends JpaRepository<MilestoneGoalLink, MilestoneGoalLink.Key> {

    List<MilestoneGoalLink> findByMilestoneId(long milestoneId);

    @Modifying
    @Query("delete from MilestoneGoalLink l where l.milestoneId = :milestoneId")
    void deleteByMilestone(@Param("milestoneId") long milestoneId);
}
