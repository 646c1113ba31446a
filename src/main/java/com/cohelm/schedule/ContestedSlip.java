package com.cohelm.schedule;

import com.cohelm.security.Side;
import java.time.LocalDate;

/** A slip the other side disputes and no compromise settles yet: the program overview lists them. */
public record ContestedSlip(long milestoneId, String milestoneTitle, LocalDate fromDate, LocalDate toDate,
        SlipCause cause, Side reportedSide) {
}
