package com.cohelm.health;

import com.cohelm.health.Portfolio.CustomerEntry;
import com.cohelm.health.Portfolio.Entry;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Sort;

/**
 * The sorts the portfolio offers, and what each sorts by; anything else is refused. A figure without a value
 * (no score yet) sorts last in either direction; ties go by customer, then program name, then id. Names sort
 * by their place in the database's name order, so case and accents weigh exactly as in a search.
 */
final class PortfolioSorts {

    private static final Map<String, Function<Entry, Comparable<?>>> PROGRAM_KEYS = Map.of(
            "customer", Entry::customerOrder, "program", Entry::nameOrder, "health", e -> e.row().score(),
            "trend", e -> difference(e.row().score(), e.row().previousScore()), "slipping", e -> e.row().slipping(),
            "overdueSupplier", e -> e.row().overdueSupplier(), "overdueCustomer", e -> e.row().overdueCustomer(),
            "status", e -> e.row().status().name());
    private static final Map<String, Function<CustomerEntry, Comparable<?>>> CUSTOMER_KEYS = Map.of(
            "customer", CustomerEntry::customerOrder, "programs", c -> c.row().programs(), "health", c -> c.row().score(),
            "trend", c -> difference(c.row().score(), c.row().previousScore()), "slipping", c -> c.row().slipping(),
            "overdueSupplier", c -> c.row().overdueSupplier(), "overdueCustomer", c -> c.row().overdueCustomer());

    private static final Comparator<Entry> PROGRAM_TIES = Comparator.comparingLong(Entry::customerOrder)
            .thenComparingLong(Entry::nameOrder).thenComparingLong(e -> e.row().programId());
    private static final Comparator<CustomerEntry> CUSTOMER_TIES = Comparator
            .comparingLong(CustomerEntry::customerOrder).thenComparingLong(c -> c.row().customerId());

    private PortfolioSorts() {
    }

    /** The programs' order: the sort asked for, else by program name. */
    static Comparator<Entry> programs(Sort sort) {
        return order(sort, PROGRAM_KEYS, Comparator.comparingLong(Entry::nameOrder)).thenComparing(PROGRAM_TIES);
    }

    /** The customers' order: the sort asked for, else by name. */
    static Comparator<CustomerEntry> customers(Sort sort) {
        return order(sort, CUSTOMER_KEYS, Comparator.comparingLong(CustomerEntry::customerOrder))
                .thenComparing(CUSTOMER_TIES);
    }

    private static <T> Comparator<T> order(Sort sort, Map<String, Function<T, Comparable<?>>> keys,
            Comparator<T> fallback) {
        if (sort.isUnsorted()) {
            return fallback;
        }
        Comparator<T> result = (a, b) -> 0;
        for (var o : sort) {
            var key = keys.get(o.getProperty());
            if (key == null) {
                throw new IllegalArgumentException("Not a portfolio sort: " + o.getProperty());
            }
            result = result.thenComparing(by(key, o.isAscending()));
        }
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Comparator<T> by(Function<T, Comparable<?>> key, boolean ascending) {
        Comparator<Comparable> direction = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(t -> (Comparable) key.apply(t), Comparator.nullsLast(direction));
    }

    private static Integer difference(Integer score, Integer previous) {
        return score == null || previous == null ? null : score - previous;
    }
}
