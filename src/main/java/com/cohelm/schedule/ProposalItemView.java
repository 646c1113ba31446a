package com.cohelm.schedule;

import java.time.LocalDate;

public record ProposalItemView(long milestoneId, String title, LocalDate currentBaseline, LocalDate proposedBaseline) {
}
