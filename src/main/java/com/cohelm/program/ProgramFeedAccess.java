package com.cohelm.program;

import com.cohelm.activity.FeedAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The program's access rules for its activity feed: its members read it, supplier staff the internal part too. */
@Component
class ProgramFeedAccess implements FeedAccess {

    private final ProgramAccessPolicy accessPolicy;

    ProgramFeedAccess(ProgramAccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    @Transactional(readOnly = true)
    public FeedReader require(long programId) {
        var access = accessPolicy.require(programId);
        return new FeedReader(programId, access.seesSupplierInternal());
    }
}
