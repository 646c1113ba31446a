package com.cohelm.schedule;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneDependencyRepository extends JpaRepository<MilestoneDependency, MilestoneDependency.Key> {

    @Query("select d from MilestoneDependency d where d.id.milestoneId in "
            + "(select m.id from Milestone m where m.programId = :programId)")
    List<MilestoneDependency> findByProgram(@Param("programId") long programId);

    @Query("select d from MilestoneDependency d where d.id.milestoneId = :milestoneId")
    List<MilestoneDependency> findByMilestoneId(@Param("milestoneId") long milestoneId);

    @Query("select d from MilestoneDependency d where d.id.milestoneId in :milestoneIds")
    List<MilestoneDependency> findByMilestoneIdIn(@Param("milestoneIds") Collection<Long> milestoneIds);

    @Query("select d from MilestoneDependency d where d.id.dependsOnId in :milestoneIds")
    List<MilestoneDependency> findByDependsOnIdIn(@Param("milestoneIds") Collection<Long> milestoneIds);
}
