package com.cohelm.schedule;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RebaselineProposalRepository extends JpaRepository<RebaselineProposal, Long> {

    Optional<RebaselineProposal> findByIdAndProgramId(long id, long programId);

    Optional<RebaselineProposal> findByProgramIdAndState(long programId, ProposalState state);

    /** Proposals made since an instant, and the pending one whenever it was made. */
    @org.springframework.data.jpa.repository.Query("select p from RebaselineProposal p where p.programId = :programId"
            + " and (p.proposedAt >= :since or p.state = com.cohelm.schedule.ProposalState.PENDING)"
            + " order by p.proposedAt, p.id")
    List<RebaselineProposal> findProposedSinceOrPending(long programId, java.time.Instant since);

    List<RebaselineProposal> findTop20ByProgramIdOrderByProposedAtDescIdDesc(long programId);

    List<RebaselineProposal> findByProgramIdInAndStateOrderByProposedAt(java.util.Collection<Long> programIds,
            ProposalState state);
}
