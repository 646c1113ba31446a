package com.cohelm.action;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.SubjectInfo;
import com.cohelm.conversation.SubjectSource;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An action item's thread, through the action plan's own access check. */
@Component
class ActionSubjects implements SubjectSource {

    private final ActionService actions;

    ActionSubjects(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public String type() {
        return CommentSubject.ACTION;
    }

    @Override
    public Optional<SubjectInfo> find(long programId, long id) {
        return actions.item(programId, id)
                .map(item -> new SubjectInfo(item.title(), "programs/" + programId + "/actions?item=" + id, false));
    }
}
