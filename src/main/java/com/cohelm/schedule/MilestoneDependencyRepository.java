package com.cohelm.schedule;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneDependencyRepository extends JpaRepository<MilestoneDependency, MilestoneDependency.Key> {

    @Query("select d from MilestoneDependency d where d.milestoneId in "
            + "(select m.id from Milestone m where m.programId = :programId)")
    List<MilestoneDependency> findByProgram(@Param("programId") long programId);

    List<MilestoneDependency> findByMilestoneId(long milestoneId);

    List<MilestoneDependency> findByMilestoneIdIn(Collection<Long> milestoneIds);

    List<MilestoneDependency> findByDependsOnIdIn(Collection<Long> milestoneIds);
}
