package com.cohelm.health;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HealthSnapshotRepository extends JpaRepository<HealthSnapshot, Long> {

    @Query("select s from HealthSnapshot s where s.programId in :programIds and s.weekStart >= :from"
            + " order by s.weekStart, s.programId")
    List<HealthSnapshot> findSince(Collection<Long> programIds, LocalDate from);

    /** The stored health of the given programs in the given weeks, for the portfolio. */
    @Query("select new com.cohelm.health.StoredScore(s.programId, s.weekStart, s.score, s.supplierScore,"
            + " s.customerScore, s.computedAt) from HealthSnapshot s where s.programId in :programIds"
            + " and s.weekStart in :weeks")
    List<StoredScore> findScores(Collection<Long> programIds, Collection<LocalDate> weeks);

    long countByProgramId(long programId);
}
