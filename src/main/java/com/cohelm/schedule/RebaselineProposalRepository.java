package com.cohelm.schedule;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RebaselineProposalRepository extends JpaRepository<RebaselineProposal, Long> {

    Optional<RebaselineProposal> findByIdAndProgramId(long id, long programId);

    Optional<RebaselineProposal> findByProgramIdAndState(long programId, ProposalState state);

    List<RebaselineProposal> findTop20ByProgramIdOrderByProposedAtDescIdDesc(long programId);
}
