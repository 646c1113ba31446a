package com.cohelm.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneSlipRepository extends JpaRepository<MilestoneSlip, Long> {

    List<MilestoneSlip> findByMilestoneIdOrderByReportedAtDescIdDesc(long milestoneId);

    List<MilestoneSlip> findByMilestoneIdInAndStateIn(Collection<Long> milestoneIds, Collection<SlipState> states);

    Optional<MilestoneSlip> findByIdAndMilestoneId(long id, long milestoneId);

    @Query("select s from MilestoneSlip s where s.reportedAt >= :since and s.milestoneId in"
            + " (select m.id from Milestone m where m.programId = :programId) order by s.reportedAt, s.id")
    List<MilestoneSlip> findReportedSince(@Param("programId") long programId, @Param("since") java.time.Instant since);

    @Query("""
            select s from MilestoneSlip s where s.state in :states and s.milestoneId in
              (select m.id from Milestone m where m.programId = :programId) order by s.reportedAt desc, s.id desc""")
    List<MilestoneSlip> findByProgramAndStateIn(@Param("programId") long programId,
            @Param("states") Collection<SlipState> states);

    /** Unanswered slips one side reported in some programs, each with its milestone, oldest first. */
    @Query("select s, m from MilestoneSlip s, Milestone m where m.id = s.milestoneId and m.programId in :programIds"
            + " and s.state = com.cohelm.schedule.SlipState.OPEN and s.reportedSide = :reportedSide"
            + " order by s.reportedAt, s.id")
    List<Object[]> findOpenReportedBy(@Param("programIds") Collection<Long> programIds,
            @Param("reportedSide") com.cohelm.security.Side reportedSide);
}
