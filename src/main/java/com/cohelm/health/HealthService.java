package com.cohelm.health;

import com.cohelm.account.AccountDirectory;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.SpreadsheetText;
import com.cohelm.health.CustomerHealth.ProgramScore;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Roles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship health as readers see it. A program's health is computed live from its inputs (the
 * same for both sides); the portfolio reads the health stored this week by {@link WeeklyHealthJob}.
 * Every method checks access: a program through {@link ProgramAccessPolicy}, a customer through the
 * programs of it the reader may see, the portfolio for supplier staff only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HealthService {

    static final String SUPPLIER_STAFF = "hasRole('" + Roles.SUPPLIER + "')";

    private final HealthFacts facts;
    private final HealthSnapshots snapshots;
    private final HealthSnapshotRepository stored;
    private final PortfolioReader portfolioReader;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programService;
    private final AccountDirectory directory;
    private final CurrentUserService currentUser;
    private final Clock clock;

    HealthService(HealthFacts facts, HealthSnapshots snapshots, HealthSnapshotRepository stored,
            PortfolioReader portfolioReader, ProgramAccessPolicy accessPolicy, ProgramService programService,
            AccountDirectory directory, CurrentUserService currentUser, Clock clock) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.stored = stored;
        this.portfolioReader = portfolioReader;
        this.accessPolicy = accessPolicy;
        this.programService = programService;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The program's health with its breakdown, balance and weekly trend; not found like the program. */
    public ProgramHealth program(long programId) {
        var access = accessPolicy.require(programId, Need.READ);
        var program = programService.details(access);
        var now = clock.instant();
        var pulse = snapshots.pulses().latest(List.of(programId)).getOrDefault(programId, PulseReading.NONE);
        var inputs = facts.inputs(List.of(programId), now, Map.of(programId, pulse)).get(programId);
        var breakdown = HealthScore.compute(inputs);
        var trend = trend(List.of(programId), Map.of(programId, breakdown));
        var user = access.user();
        boolean customerScope = user.isSupplier() || (user.isAdmin() && user.organizationId() == access.customerId());
        return new ProgramHealth(programId, program.name(), access.customerId(), program.customer().name(), breakdown,
                inputs.engagement(), pulse, trend, now, customerScope);
    }

    /** Only the program's score and balance, for the program page's card: fewer statements than the page. */
    public HealthBreakdown score(long programId) {
        accessPolicy.require(programId, Need.READ);
        var pulses = snapshots.pulses().latest(List.of(programId));
        return HealthScore.compute(facts.inputs(List.of(programId), clock.instant(), pulses).get(programId));
    }

    /**
     * The customer's health over the programs of it the reader may see: supplier staff their programs of that
     * customer, a customer user their own organization's. Not found when the reader sees none of them.
     */
    public CustomerHealth customer(long customerId) {
        var visible = programService.visibleProgramNames();
        var ids = facts.customers(visible.keySet()).entrySet().stream()
                .filter(e -> e.getValue() == customerId).map(Map.Entry::getKey).sorted().toList();
        if (ids.isEmpty()) {
            throw new ResourceNotFoundException("Customer", customerId);
        }
        var customer = directory.organization(customerId).orElseThrow();
        var now = clock.instant();
        var inputs = facts.inputs(ids, now, snapshots.pulses().latest(ids));
        var current = ids.stream().collect(Collectors.toMap(Function.identity(),
                id -> HealthScore.compute(inputs.get(id))));
        var programs = ids.stream().map(id -> new ProgramScore(id, visible.get(id), current.get(id).score(),
                current.get(id).balance().carrier()))
                .sorted(Comparator.comparing(ProgramScore::name, String.CASE_INSENSITIVE_ORDER)).toList();
        var breakdowns = current.values();
        return new CustomerHealth(customerId, customer.name(), mean(breakdowns, b -> b.score()),
                mean(breakdowns, b -> b.balance().supplier()), mean(breakdowns, b -> b.balance().customer()),
                programs, trend(ids, current));
    }

    /**
     * The portfolio of supplier staff, over the programs they may see that match the filter: each program with
     * its figures, gathered from the features that own them (four statements, whatever the number of
     * programs). {@link #programsOf} and {@link #customersOf} page it; a grid's count and its page share it.
     */
    @PreAuthorize(SUPPLIER_STAFF)
    public Portfolio portfolio(PortfolioFilter filter) {
        return portfolioReader.read(filter, today());
    }

    /** One page of a portfolio's programs in the order asked for, with their last review and pulse. */
    @PreAuthorize(SUPPLIER_STAFF)
    public List<PortfolioRow> programsOf(Portfolio portfolio, Pageable pageable) {
        return portfolioReader.programs(portfolio, pageable);
    }

    /** One page of a portfolio's customers in the order asked for, each over its matching programs. */
    @PreAuthorize(SUPPLIER_STAFF)
    public List<PortfolioCustomer> customersOf(Portfolio portfolio, Pageable pageable) {
        return portfolioReader.customers(portfolio, pageable);
    }

    /** One page of the portfolio's programs: supplier staff, over the programs they may see. */
    @PreAuthorize(SUPPLIER_STAFF)
    public List<PortfolioRow> portfolio(PortfolioFilter filter, Pageable pageable) {
        return portfolioReader.programs(portfolioReader.read(filter, today()), pageable);
    }

    @PreAuthorize(SUPPLIER_STAFF)
    public long countPortfolio(PortfolioFilter filter) {
        return portfolioReader.count(filter, today());
    }

    /** One page of the portfolio's customers, each over the programs of it the reader may see. */
    @PreAuthorize(SUPPLIER_STAFF)
    public List<PortfolioCustomer> portfolioCustomers(PortfolioFilter filter, Pageable pageable) {
        return portfolioReader.customers(portfolioReader.read(filter, today()), pageable);
    }

    @PreAuthorize(SUPPLIER_STAFF)
    public long countPortfolioCustomers(PortfolioFilter filter) {
        return portfolioReader.countCustomers(filter, today());
    }

    /** The filtered portfolio as CSV, one row per program, in the order asked for. */
    @PreAuthorize(SUPPLIER_STAFF)
    public String portfolioCsv(PortfolioFilter filter, Sort sort) {
        var rows = portfolioReader.programs(portfolioReader.read(filter, today()), Pageable.unpaged(sort));
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader("customer", "program", "status", "health",
                "previous_week", "trend", "supplier_side", "customer_side", "slipping_milestones",
                "overdue_supplier", "overdue_customer", "last_review", "last_pulse", "computed_at").get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var row : rows) {
                printer.printRecord(SpreadsheetText.cell(row.customerName()), SpreadsheetText.cell(row.programName()),
                        row.status(), row.score(), row.previousScore(), row.trend(), row.supplierScore(),
                        row.customerScore(), row.slipping(), row.overdueSupplier(), row.overdueCustomer(),
                        row.lastReview(), row.lastPulse(), row.computedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The weekly points of the given programs, oldest first: per week the mean over the programs stored that
     * week, this week's taken from the live figures.
     */
    private List<TrendPoint> trend(Collection<Long> programIds, Map<Long, HealthBreakdown> current) {
        var thisWeek = Weeks.startOf(clock.instant());
        var byWeek = new TreeMap<LocalDate, List<TrendPoint>>();
        stored.findSince(programIds, thisWeek.minusWeeks(Weeks.TREND_WEEKS - 1)).stream()
                .filter(s -> s.getWeekStart().isBefore(thisWeek))
                .forEach(s -> byWeek.computeIfAbsent(s.getWeekStart(), w -> new ArrayList<>()).add(s.toPoint()));
        byWeek.put(thisWeek, current.values().stream().map(b -> new TrendPoint(thisWeek, value(b.score()),
                value(b.balance().supplier()), value(b.balance().customer()))).toList());
        return byWeek.entrySet().stream().map(e -> new TrendPoint(e.getKey(),
                meanOf(e.getValue(), TrendPoint::score), meanOf(e.getValue(), TrendPoint::supplierScore),
                meanOf(e.getValue(), TrendPoint::customerScore))).toList();
    }

    private static Integer meanOf(List<TrendPoint> points, Function<TrendPoint, Integer> value) {
        var present = points.stream().map(value).filter(Objects::nonNull).toList();
        return present.isEmpty() ? null
                : (int) Math.round(present.stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    private static OptionalInt mean(Collection<HealthBreakdown> breakdowns, Function<HealthBreakdown, OptionalInt> value) {
        var present = breakdowns.stream().map(value).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt)
                .toArray();
        return present.length == 0 ? OptionalInt.empty()
                : OptionalInt.of((int) Math.round(java.util.Arrays.stream(present).average().orElseThrow()));
    }

    private static Integer value(OptionalInt score) {
        return score.isPresent() ? score.getAsInt() : null;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
