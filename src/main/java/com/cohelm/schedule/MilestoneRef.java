package com.cohelm.schedule;

import java.time.LocalDate;

/** A milestone named in passing: a dependency, an affected milestone, a choice in a form. */
public record MilestoneRef(long id, String title, LocalDate plannedDate, boolean done) {
}
