package com.cohelm.activity.ui;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityView;
import java.util.Optional;

/**
 * The page of what an event is about: its goal, milestone, action or question, feedback item, pulse, review or
 * program (a comment's event is about the thing it was written on, and opens that thing's page with its
 * thread). Events about people and organizations, and refused access (which names what was asked for, not
 * something to open), have none. Readers of a program's feed may see every thing of it the feed shows them, and
 * the audit log is for supplier admins, who see every program; the page opened checks access again.
 *
 * <p>The addresses stay strings: every feature sits above activity (they depend on it to record events), so
 * activity may not know their page classes.
 */
final class ActivityAddress {

    private ActivityAddress() {
    }

    static Optional<String> of(ActivityView event) {
        if (event.kind() == ActivityKind.ACCESS_DENIED || event.subjectType() == null || event.subjectId() == null) {
            return Optional.empty();
        }
        var id = event.subjectId();
        if ("review".equals(event.subjectType())) {
            return Optional.of("reviews/" + id);
        }
        if ("program".equals(event.subjectType())) {
            return Optional.of("programs/" + id);
        }
        if (event.programId() == null) {
            return Optional.empty();
        }
        var program = "programs/" + event.programId();
        return Optional.ofNullable(switch (event.subjectType()) {
            case "goal" -> program + "/goals/" + id;
            case "milestone" -> program + "/schedule/" + id;
            case "rebaseline" -> program + "/schedule";
            case "action", "question" -> program + "/actions?item=" + id;
            case "feedback" -> program + "/feedback?item=" + id;
            case "pulse" -> program + "/feedback";
            default -> null;
        });
    }
}
