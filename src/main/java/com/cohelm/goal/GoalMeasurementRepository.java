package com.cohelm.goal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoalMeasurementRepository extends JpaRepository<GoalMeasurement, Long> {

    @Query("select m from GoalMeasurement m where m.goalId in :goalIds order by m.goalId, m.measuredOn, m.id")
    List<GoalMeasurement> findForGoals(Collection<Long> goalIds);

    @Query("select m from GoalMeasurement m where m.goalId in :goalIds and m.recordedAt >= :since"
            + " order by m.recordedAt, m.id")
    List<GoalMeasurement> findRecordedSince(Collection<Long> goalIds, java.time.Instant since);
}
