package com.cohelm.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A decision as typed in the meeting, with the person on each side who agreed. */
public record DecisionDraft(
        @NotBlank @Size(max = 2000) String text,
        @NotNull Long supplierAgreedById,
        @NotNull Long customerAgreedById) {
}
