package com.cohelm.action;

import com.cohelm.account.PersonSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * The action plan page of a program, without its rows (the grid loads them page by page).
 *
 * @param canContribute the reader may create items and change them (not viewers)
 * @param canBulkChange the reader may close or reassign many items at once: program leads and supplier admins
 * @param supplierPeople the supplier members who may be assigned an item (viewers act on nothing)
 * @param customerPeople the customer members who may be assigned an item
 * @param waiting        per side, supplier first: who is waiting on whom
 * @param today          today where the reader is: new due dates start there
 * @param dueDates       the days a new due date may take, from today on (decision 0033)
 */
public record ActionPlan(
        long programId,
        String programName,
        boolean canContribute,
        boolean canBulkChange,
        List<PersonSummary> supplierPeople,
        List<PersonSummary> customerPeople,
        List<SideWaiting> waiting,
        LocalDate today,
        com.cohelm.base.DateRange dueDates) {
}
