package com.cohelm.goal;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.SubjectInfo;
import com.cohelm.conversation.SubjectSource;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A goal's thread: the goal, through the goal service's own access check. */
@Component
class GoalSubjects implements SubjectSource {

    private final GoalService goals;

    GoalSubjects(GoalService goals) {
        this.goals = goals;
    }

    @Override
    public String type() {
        return CommentSubject.GOAL;
    }

    @Override
    public Optional<SubjectInfo> find(long programId, long id) {
        return goals.titles(programId).stream().filter(goal -> goal.id() == id).findFirst()
                .map(goal -> new SubjectInfo(goal.title(), "programs/" + programId + "/goals/" + id, false));
    }
}
