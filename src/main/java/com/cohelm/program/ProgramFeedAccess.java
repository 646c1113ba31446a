package com.cohelm.program;

import com.cohelm.activity.FeedAccess;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The program's access rules for its activity feed: its members read it, supplier staff the internal part too. */
@Component
class ProgramFeedAccess implements FeedAccess {

    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programs;

    ProgramFeedAccess(ProgramAccessPolicy accessPolicy, ProgramService programs) {
        this.accessPolicy = accessPolicy;
        this.programs = programs;
    }

    @Override
    public Optional<FeedProgram> find(long programId) {
        return programs.find(programId).map(program -> new FeedProgram(program.id(), program.name(),
                program.supplierLead().organizationName(), program.customer().name()));
    }

    @Override
    @Transactional(readOnly = true)
    public FeedReader require(long programId) {
        var access = accessPolicy.require(programId, ProgramAccessPolicy.Need.READ);
        return new FeedReader(programId, access.seesSupplierInternal());
    }
}
