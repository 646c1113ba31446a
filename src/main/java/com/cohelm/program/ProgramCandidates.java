package com.cohelm.program;

import com.cohelm.account.PersonSummary;
import java.util.List;

/** The people a program form may pick as leads and members, per side. */
public record ProgramCandidates(List<PersonSummary> supplierPeople, List<PersonSummary> customerPeople) {
}
