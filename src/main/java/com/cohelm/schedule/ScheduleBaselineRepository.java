package com.cohelm.schedule;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleBaselineRepository extends JpaRepository<ScheduleBaseline, Long> {

    List<ScheduleBaseline> findByProgramIdOrderByNumber(long programId);

    Optional<ScheduleBaseline> findFirstByProgramIdOrderByNumberDesc(long programId);

    Optional<ScheduleBaseline> findByProgramIdAndNumber(long programId, int number);
}
