package com.cohelm.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action item agreed in the meeting, for either side; it goes straight into the mutual action plan. */
public record ReviewActionDraft(
        @NotBlank @Size(max = 200) String title,
        @NotNull Long assigneeId,
        @NotNull LocalDate dueDate) {
}
