package com.cohelm.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** New baseline dates for one or more milestones, and why both sides should agree to them. */
public record RebaselineDraft(
        @NotBlank @Size(max = 2000) String reason,
        @NotEmpty List<@Valid ProposedBaseline> items) {

    public RebaselineDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
