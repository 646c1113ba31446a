package com.cohelm.schedule;

import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionOriginSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A milestone as the origin of action items: only one of the item's own program. */
@Component
@Transactional(readOnly = true)
class MilestoneActionOrigin implements ActionOriginSource {

    private final MilestoneRepository milestones;

    MilestoneActionOrigin(MilestoneRepository milestones) {
        this.milestones = milestones;
    }

    @Override
    public ActionOrigin origin() {
        return ActionOrigin.MILESTONE;
    }

    @Override
    public boolean isInProgram(long programId, long originId) {
        return milestones.findByIdAndProgramId(originId, programId).isPresent();
    }
}
