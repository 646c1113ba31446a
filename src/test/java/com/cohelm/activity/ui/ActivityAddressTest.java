package com.cohelm.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which page each kind of event opens from the feed and the audit log. */
class ActivityAddressTest {

    private static ActivityView event(ActivityKind kind, Long programId, String type, Long id) {
        return new ActivityView(1, Instant.EPOCH, 2L, "a@b.example", null, 3L, programId, kind, type, id, "label",
                null, null, false);
    }

    @Test
    void eachThingOpensItsOwnPage() {
        assertThat(ActivityAddress.of(event(ActivityKind.GOAL_MEASURED, 7L, "goal", 5L))).hasValue("programs/7/goals/5");
        assertThat(ActivityAddress.of(event(ActivityKind.MILESTONE_UPDATED, 7L, "milestone", 5L)))
                .hasValue("programs/7/schedule/5");
        assertThat(ActivityAddress.of(event(ActivityKind.COMMENT_POSTED, 7L, "action", 5L)))
                .hasValue("programs/7/actions?item=5");
        assertThat(ActivityAddress.of(event(ActivityKind.QUESTION_ANSWERED, 7L, "question", 5L)))
                .hasValue("programs/7/actions?item=5");
        assertThat(ActivityAddress.of(event(ActivityKind.COMMENT_POSTED, 7L, "feedback", 5L)))
                .hasValue("programs/7/feedback?item=5");
        assertThat(ActivityAddress.of(event(ActivityKind.PULSE_OPENED, 7L, "pulse", 5L))).hasValue("programs/7/feedback");
        assertThat(ActivityAddress.of(event(ActivityKind.REVIEW_CLOSED, 7L, "review", 5L))).hasValue("reviews/5");
        assertThat(ActivityAddress.of(event(ActivityKind.PROGRAM_UPDATED, 7L, "program", 7L))).hasValue("programs/7");
    }

    @Test
    void peopleOrganizationsAndRefusalsOpenNothing() {
        assertThat(ActivityAddress.of(event(ActivityKind.PROGRAM_MEMBER_ADDED, 7L, "user", 5L))).isEmpty();
        assertThat(ActivityAddress.of(event(ActivityKind.ORGANIZATION_CREATED, null, "organization", 5L))).isEmpty();
        assertThat(ActivityAddress.of(event(ActivityKind.ACCESS_DENIED, 7L, "goal", 5L)))
                .as("a refusal names what was asked for, not something to open").isEmpty();
        assertThat(ActivityAddress.of(event(ActivityKind.SIGNED_IN, null, null, null))).isEmpty();
    }
}
