package com.cohelm.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneDateChangeRepository extends JpaRepository<MilestoneDateChange, Long> {

    List<MilestoneDateChange> findByMilestoneIdOrderByChangedAtDescIdDesc(long milestoneId);
}
