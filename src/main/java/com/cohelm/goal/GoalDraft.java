package com.cohelm.goal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the goal form sends. Both owners are required: a joint goal is owned on each side. */
public record GoalDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String whyItMatters,
        @NotBlank @Size(max = 120) String metric,
        @NotBlank @Size(max = 40) String unit,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal baseline,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal target,
        @NotNull KpiDirection direction,
        @NotNull LocalDate targetDate,
        @NotNull Long supplierOwnerId,
        @NotNull Long customerOwnerId) {

    public static GoalDraft empty() {
        return new GoalDraft("", "", "", "", null, null, KpiDirection.UP, null, null, null);
    }
}
