package com.cohelm.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneGoalLinkRepository extends JpaRepository<MilestoneGoalLink, MilestoneGoalLink.Key> {

    @Query("select l from MilestoneGoalLink l where l.id.milestoneId = :milestoneId")
    List<MilestoneGoalLink> findByMilestoneId(@Param("milestoneId") long milestoneId);
}
