package com.cohelm.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneGoalLinkRepository extends JpaRepository<MilestoneGoalLink, MilestoneGoalLink.Key> {

    List<MilestoneGoalLink> findByMilestoneId(long milestoneId);
}
