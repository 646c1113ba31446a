package com.cohelm.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * What the review form sends. The time is an instant: the form reads it in the reader's time zone, and
 * every attendee sees it in their own.
 *
 * @param attendeeIds members of the program, at least one of each side
 */
public record ReviewDraft(
        @NotBlank @Size(max = 200) String title,
        @NotNull Instant startsAt,
        @Min(5) @Max(720) int durationMinutes,
        @Size(max = 500) String location,
        @NotNull Set<Long> attendeeIds) {
}
