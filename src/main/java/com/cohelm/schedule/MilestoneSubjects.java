package com.cohelm.schedule;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.SubjectInfo;
import com.cohelm.conversation.SubjectSource;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A milestone's thread, which also holds the talk about its slips (decision 0018), through the schedule's own access check. */
@Component
class MilestoneSubjects implements SubjectSource {

    private final ScheduleQueries schedule;

    MilestoneSubjects(ScheduleQueries schedule) {
        this.schedule = schedule;
    }

    @Override
    public String type() {
        return CommentSubject.MILESTONE;
    }

    @Override
    public Optional<SubjectInfo> find(long programId, long id) {
        return schedule.ref(programId, id)
                .map(m -> new SubjectInfo(m.title(), "programs/" + programId + "/schedule/" + id, false));
    }
}
