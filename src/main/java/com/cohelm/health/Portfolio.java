package com.cohelm.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The reader's portfolio under a filter: every matching program with this week's stored health, last week's,
 * and what is slipping and overdue, each figure from its own feature. {@link HealthService#portfolio
 * (PortfolioFilter)} gathers it (one statement per feature), {@link HealthService#programsOf} and
 * {@link HealthService#customersOf} sort and page it, so a grid's count and its page cost one gathering.
 * Holds no last review or pulse: those are read for the page shown only.
 */
public final class Portfolio {

    static final Portfolio EMPTY = new Portfolio(List.of());

    /** A program's row, with where its customer's and its own name stand in the database's name order. */
    record Entry(PortfolioRow row, long customerOrder, long nameOrder) {
    }

    /** A customer's row over its matching programs, with where its name stands in the name order. */
    record CustomerEntry(PortfolioCustomer row, long customerOrder) {
    }

    private final List<Entry> programs;
    private final List<CustomerEntry> customers;

    Portfolio(List<Entry> programs) {
        this.programs = List.copyOf(programs);
        this.customers = customersOf(this.programs);
    }

    /** How many programs match. */
    public int programCount() {
        return programs.size();
    }

    /** How many customers have a matching program. */
    public int customerCount() {
        return customers.size();
    }

    List<Entry> programs() {
        return programs;
    }

    List<CustomerEntry> customers() {
        return customers;
    }

    /** Per customer: its programs, their mean health this week and last (rounded), and the sums of the counts. */
    private static List<CustomerEntry> customersOf(List<Entry> programs) {
        var byCustomer = new LinkedHashMap<Long, List<Entry>>();
        programs.forEach(e -> byCustomer.computeIfAbsent(e.row().customerId(), k -> new ArrayList<>()).add(e));
        return byCustomer.values().stream().map(entries -> {
            var first = entries.getFirst();
            var rows = entries.stream().map(Entry::row).toList();
            return new CustomerEntry(new PortfolioCustomer(first.row().customerId(), first.row().customerName(),
                    rows.size(), roundedMean(rows.stream().map(PortfolioRow::score).toList()),
                    roundedMean(rows.stream().map(PortfolioRow::previousScore).toList()),
                    rows.stream().mapToLong(PortfolioRow::slipping).sum(),
                    rows.stream().mapToLong(PortfolioRow::overdueSupplier).sum(),
                    rows.stream().mapToLong(PortfolioRow::overdueCustomer).sum()), first.customerOrder());
        }).toList();
    }

    /** The mean of the scores present, rounded half up (scores are never negative); null without any. */
    static Integer roundedMean(List<Integer> scores) {
        var present = scores.stream().filter(Objects::nonNull).mapToLong(Integer::longValue).toArray();
        if (present.length == 0) {
            return null;
        }
        long sum = java.util.Arrays.stream(present).sum();
        return (int) ((2 * sum + present.length) / (2L * present.length));
    }
}
