package com.cohelm.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByProgramIdOrderById(long programId);

    Optional<Goal> findByIdAndProgramId(long id, long programId);
}
