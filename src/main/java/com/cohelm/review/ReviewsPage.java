package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import java.util.List;

/**
 * The reviews page of a program, without its rows (the grid loads them page by page).
 *
 * @param canSchedule     the reader may schedule a review (not viewers)
 * @param supplierPeople  who may attend from the supplier
 * @param customerPeople  who may attend from the customer
 */
public record ReviewsPage(long programId, String programName, boolean canSchedule, List<PersonSummary> supplierPeople,
        List<PersonSummary> customerPeople) {
}
