package com.cohelm.feedback.ui;

import com.cohelm.account.PersonSummary;
import java.time.LocalDate;

/** The action a feedback item becomes (public only because Binder reads records by reflection). */
public record PlanForm(String title, PersonSummary assignee, LocalDate dueDate) {
}
