package com.cohelm.program;

import com.cohelm.activity.ActivityKind;
import java.time.Instant;

/** One line of a program's recent activity: who did what, when. */
public record ProgramActivity(Instant occurredAt, String actorName, ActivityKind kind, String subjectLabel) {
}
