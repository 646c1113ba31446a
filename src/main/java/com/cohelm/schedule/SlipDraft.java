package com.cohelm.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A slip as the "Record a slip" dialog enters it: the new planned date and the report that explains it. */
public record SlipDraft(@NotNull LocalDate plannedDate, @NotNull @Valid SlipReport report) {
}
