package com.cohelm.goal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalInternalNoteRepository extends JpaRepository<GoalInternalNote, Long> {

    List<GoalInternalNote> findByGoalIdOrderByCreatedAtDescIdDesc(long goalId);
}
