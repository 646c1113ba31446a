package com.cohelm.goal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalStatusChangeRepository extends JpaRepository<GoalStatusChange, Long> {

    List<GoalStatusChange> findByGoalIdOrderByChangedAtDescIdDesc(long goalId);

    List<GoalStatusChange> findByGoalIdInAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(
            java.util.Collection<Long> goalIds, java.time.Instant since);
}
