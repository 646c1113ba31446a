package com.cohelm.conversation;

import com.cohelm.program.ProgramAccessPolicy;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A supplier-internal kind of thread for tests only: no feature has supplier-internal commented things yet,
 * but the rules for them (customers neither read, write nor are mentioned; events say supplierOnly) are
 * the conversation service's and are tested through this source. Any id in a program the reader sees exists.
 */
@Component
class InternalTestSubjects implements SubjectSource {

    static final String TYPE = "test-internal";

    private final ProgramAccessPolicy access;

    InternalTestSubjects(ProgramAccessPolicy access) {
        this.access = access;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SubjectInfo> find(long programId, long id) {
        return access.find(programId).map(a -> new SubjectInfo("Internal " + id, "programs/" + programId, true));
    }
}
