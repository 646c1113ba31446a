package com.cohelm.feedback;

import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionOriginSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A feedback item as the origin of action items: only one of the item's own program. */
@Component
@Transactional(readOnly = true)
class FeedbackActionOrigin implements ActionOriginSource {

    private final FeedbackItemRepository items;

    FeedbackActionOrigin(FeedbackItemRepository items) {
        this.items = items;
    }

    @Override
    public ActionOrigin origin() {
        return ActionOrigin.FEEDBACK;
    }

    @Override
    public boolean isInProgram(long programId, long originId) {
        return items.findByIdAndProgramId(originId, programId).isPresent();
    }
}
