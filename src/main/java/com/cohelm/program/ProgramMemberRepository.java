package com.cohelm.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramMemberRepository extends JpaRepository<ProgramMember, Long> {

    boolean existsByProgramIdAndUserId(long programId, long userId);

    List<ProgramMember> findByProgramId(long programId);

    List<ProgramMember> findByUserId(long userId);
}
