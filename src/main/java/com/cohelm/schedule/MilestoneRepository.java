package com.cohelm.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    /** The rank mirrors {@link MilestoneStatus}'s order, so the database sorts late ones first. */
    String STATUS_RANK = """
            case when m.doneDate is not null then 3
                 when m.plannedDate < :today then 0
                 when m.plannedDate > m.baselineDate then 1
                 else 2 end""";

    Optional<Milestone> findByIdAndProgramId(long id, long programId);

    List<Milestone> findByProgramIdOrderByPlannedDateAscIdAsc(long programId);

    List<Milestone> findByProgramIdAndIdIn(long programId, Collection<Long> ids);

    @Query("select m from Milestone m where m.programId = :programId and (:rank is null or " + STATUS_RANK
            + " = :rank) order by " + STATUS_RANK + ", m.plannedDate, m.id")
    List<Milestone> findPage(@Param("programId") long programId, @Param("today") LocalDate today,
            @Param("rank") Integer rank, Pageable pageable);

    @Query("select count(m) from Milestone m where m.programId = :programId and (:rank is null or " + STATUS_RANK
            + " = :rank)")
    long countPage(@Param("programId") long programId, @Param("today") LocalDate today, @Param("rank") Integer rank);

    @Query("select " + STATUS_RANK + ", count(m) from Milestone m where m.programId = :programId group by "
            + STATUS_RANK)
    List<Object[]> countByStatusRank(@Param("programId") long programId, @Param("today") LocalDate today);

    /** The first open milestone of each program, for the home page and the program overview. */
    @Query("""
            select m from Milestone m where m.programId in :programIds and m.doneDate is null
               and m.plannedDate = (select min(n.plannedDate) from Milestone n
                                    where n.programId = m.programId and n.doneDate is null)
            order by m.plannedDate, m.id""")
    List<Milestone> findNextOpen(@Param("programIds") Collection<Long> programIds);

    @Query("""
            select m from Milestone m where m.programId in :programIds and m.doneDate is null
               and m.plannedDate <= :until order by m.plannedDate, m.id""")
    List<Milestone> findOpenDueBy(@Param("programIds") Collection<Long> programIds, @Param("until") LocalDate until,
            Pageable pageable);
}
