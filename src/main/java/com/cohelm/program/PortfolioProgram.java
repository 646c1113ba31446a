package com.cohelm.program;

/**
 * A program as the supplier's portfolio lists it: with its status and its customer's name.
 *
 * @param customerOrder the customer's name's place in the database's name order, 1 first: case and accents
 *                      are ignored and equal names share a place, so a caller sorting in memory sorts names
 *                      exactly as the database does
 * @param nameOrder     the same for the program's name
 */
public record PortfolioProgram(long id, String name, long customerId, String customerName, ProgramStatus status,
        long customerOrder, long nameOrder) {
}
