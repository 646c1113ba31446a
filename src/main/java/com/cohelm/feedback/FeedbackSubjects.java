package com.cohelm.feedback;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.SubjectInfo;
import com.cohelm.conversation.SubjectSource;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A feedback item's thread, through the feedback service's own access check. */
@Component
class FeedbackSubjects implements SubjectSource {

    private final FeedbackService feedback;

    FeedbackSubjects(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public String type() {
        return CommentSubject.FEEDBACK;
    }

    @Override
    public Optional<SubjectInfo> find(long programId, long id) {
        return feedback.item(programId, id)
                .map(item -> new SubjectInfo(item.title(), "programs/" + programId + "/feedback?item=" + id, false));
    }
}
