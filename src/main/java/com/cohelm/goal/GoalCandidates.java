package com.cohelm.goal;

import com.cohelm.account.PersonSummary;
import java.time.LocalDate;
import java.util.List;

/** Who may own a goal on each side (the program's members), and the program's dates. */
public record GoalCandidates(List<PersonSummary> supplierMembers, List<PersonSummary> customerMembers,
        LocalDate programStart, LocalDate programTargetEnd) {
}
