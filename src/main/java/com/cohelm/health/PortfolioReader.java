package com.cohelm.health;

import com.cohelm.action.ActionFacts;
import com.cohelm.action.ActionFacts.OverdueCounts;
import com.cohelm.health.Portfolio.CustomerEntry;
import com.cohelm.health.Portfolio.Entry;
import com.cohelm.program.PortfolioProgram;
import com.cohelm.program.PortfolioPrograms;
import com.cohelm.program.ProgramFilter;
import com.cohelm.schedule.ScheduleFacts;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Gathers the portfolio from the features that own its figures, one statement each whatever the number of
 * programs: the programs the reader may see with their customers, searched and filtered by status
 * ({@link PortfolioPrograms}), this week's and last week's stored health (this feature's own table), what is
 * slipping ({@link ScheduleFacts}) and overdue ({@link ActionFacts}); then sorts and pages in memory, and
 * reads the last review and pulse of the page's programs only. See
 * {@code docs/decisions/0015-portfolio-reads-stored-health.md}.
 */
@Component
class PortfolioReader {

    private final PortfolioPrograms programs;
    private final HealthSnapshotRepository stored;
    private final ScheduleFacts schedule;
    private final ActionFacts actions;
    private final LastReviews lastReviews;
    private final PulseInput pulses;

    PortfolioReader(PortfolioPrograms programs, HealthSnapshotRepository stored, ScheduleFacts schedule,
            ActionFacts actions, LastReviews lastReviews, PulseInput pulses) {
        this.programs = programs;
        this.stored = stored;
        this.schedule = schedule;
        this.actions = actions;
        this.lastReviews = lastReviews;
        this.pulses = pulses;
    }

    /** A matching program with its stored health this week and last. */
    private record Selected(PortfolioProgram program, StoredScore current, StoredScore previous) {
    }

    /** The reader's matching programs with all their figures: four statements (one when none is visible). */
    Portfolio read(PortfolioFilter filter, LocalDate today) {
        var selected = select(filter, today);
        if (selected.isEmpty()) {
            return Portfolio.EMPTY;
        }
        var ids = selected.stream().map(s -> s.program().id()).toList();
        var slipping = schedule.slipCounts(ids, today);
        var overdue = actions.overdueCounts(ids, today);
        return new Portfolio(selected.stream().map(s -> entry(s, slipping.getOrDefault(s.program().id(), 0L),
                overdue.getOrDefault(s.program().id(), OverdueCounts.NONE))).toList());
    }

    /** How many programs match: the programs and, for a health band only, their stored health (one or two statements). */
    long count(PortfolioFilter filter, LocalDate today) {
        return filter.band() == null ? visible(filter).size() : select(filter, today).size();
    }

    /** How many customers have a matching program, at the same cost. */
    long countCustomers(PortfolioFilter filter, LocalDate today) {
        var customers = filter.band() == null ? visible(filter).stream().map(PortfolioProgram::customerId)
                : select(filter, today).stream().map(s -> s.program().customerId());
        return customers.distinct().count();
    }

    /** One page of the programs in the order asked for, with their last review and pulse (two statements). */
    List<PortfolioRow> programs(Portfolio portfolio, Pageable pageable) {
        var rows = page(portfolio.programs().stream().sorted(PortfolioSorts.programs(pageable.getSort())), pageable)
                .map(Entry::row).toList();
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(PortfolioRow::programId).toList();
        var reviews = lastReviews.lastReviewDates(ids);
        var latest = pulses.latest(ids);
        return rows.stream().map(r -> new PortfolioRow(r.programId(), r.programName(), r.customerId(),
                r.customerName(), r.status(), r.score(), r.previousScore(), r.supplierScore(), r.customerScore(),
                r.slipping(), r.overdueSupplier(), r.overdueCustomer(), reviews.get(r.programId()),
                latest.getOrDefault(r.programId(), PulseReading.NONE).revealedOn(), r.computedAt())).toList();
    }

    /** One page of the customers in the order asked for; no statement. */
    List<PortfolioCustomer> customers(Portfolio portfolio, Pageable pageable) {
        return page(portfolio.customers().stream().sorted(PortfolioSorts.customers(pageable.getSort())), pageable)
                .map(CustomerEntry::row).toList();
    }

    /** The visible programs matching the search and status, with their stored health, in the band asked for. */
    private List<Selected> select(PortfolioFilter filter, LocalDate today) {
        var visible = visible(filter);
        if (visible.isEmpty()) {
            return List.of();
        }
        var week = Weeks.startOf(today);
        var previousWeek = week.minusWeeks(1);
        var scores = stored.findScores(visible.stream().map(PortfolioProgram::id).toList(), List.of(week, previousWeek));
        var current = byProgram(scores, week);
        var previous = byProgram(scores, previousWeek);
        return visible.stream().map(p -> new Selected(p, current.get(p.id()), previous.get(p.id())))
                .filter(s -> filter.band() == null || HealthBand.of(score(s.current())) == filter.band())
                .toList();
    }

    /** The programs the reader may see that match the search and the status: one statement. */
    private List<PortfolioProgram> visible(PortfolioFilter filter) {
        return programs.visible(new ProgramFilter(filter.text(), filter.status()));
    }

    private static Map<Long, StoredScore> byProgram(List<StoredScore> scores, LocalDate week) {
        return scores.stream().filter(s -> s.weekStart().equals(week))
                .collect(Collectors.toMap(StoredScore::programId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static Entry entry(Selected s, long slipping, OverdueCounts overdue) {
        var p = s.program();
        var current = s.current();
        return new Entry(new PortfolioRow(p.id(), p.name(), p.customerId(), p.customerName(), p.status(),
                score(current), score(s.previous()), current == null ? null : current.supplierScore(),
                current == null ? null : current.customerScore(), slipping, overdue.supplier(), overdue.customer(),
                null, null, current == null ? null : current.computedAt()), p.customerOrder(), p.nameOrder());
    }

    private static Integer score(StoredScore stored) {
        return stored == null ? null : stored.score();
    }

    private static <T> Stream<T> page(Stream<T> sorted, Pageable pageable) {
        return pageable.isPaged() ? sorted.skip(pageable.getOffset()).limit(pageable.getPageSize()) : sorted;
    }
}
