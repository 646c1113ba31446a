package com.cohelm.health;

import com.cohelm.base.LikePattern;
import com.cohelm.program.ProgramStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The portfolio as one statement per page (and one for its count), whatever the number of programs or
 * customers: this week's stored health and last week's for the trend, with what is slipping and overdue
 * counted by the database. The programs are limited to ids the caller authorized. See
 * {@code docs/decisions/0015-portfolio-reads-stored-health.md}.
 */
@Component
class PortfolioQueries {

    /** The sort keys the portfolio offers, and what each sorts by; anything else is refused. */
    static final Map<String, String> PROGRAM_SORTS = Map.of(
            "customer", "customer_name", "program", "program_name", "health", "score",
            "trend", "score - previous_score", "slipping", "slipping", "overdueSupplier", "overdue_supplier",
            "overdueCustomer", "overdue_customer", "status", "status");
    static final Map<String, String> CUSTOMER_SORTS = Map.of(
            "customer", "customer_name", "programs", "programs", "health", "score",
            "trend", "score - previous_score", "slipping", "slipping", "overdueSupplier", "overdue_supplier",
            "overdueCustomer", "overdue_customer");

    private static final String PROGRAMS = """
            select p.id as program_id, p.name as program_name, p.customer_id as customer_id,
                o.name as customer_name, p.status as status, h.score as score, prev.score as previous_score,
                h.supplier_score as supplier_score, h.customer_score as customer_score, h.computed_at as computed_at,
                (select count(*) from milestone m where m.program_id = p.id and m.done_date is null
                    and (m.planned_date > m.baseline_date or m.planned_date < :today)) as slipping,
                (select count(*) from action_item a where a.program_id = p.id and a.status <> 'DONE'
                    and a.due_date < :today and a.assignee_side = 'SUPPLIER') as overdue_supplier,
                (select count(*) from action_item a where a.program_id = p.id and a.status <> 'DONE'
                    and a.due_date < :today and a.assignee_side = 'CUSTOMER') as overdue_customer
            from program p join organization o on o.id = p.customer_id
            left join health_snapshot h on h.program_id = p.id and h.week_start = :week
            left join health_snapshot prev on prev.program_id = p.id and prev.week_start = :previousWeek
            where p.id in (:ids)
                and (:text = '' or lower(p.name) like :text or lower(o.name) like :text)
                and (:status = '' or p.status = :status)
                and (:band = '' or (:band = 'HEALTHY' and h.score >= 70)
                    or (:band = 'WATCH' and h.score >= 50 and h.score < 70)
                    or (:band = 'AT_RISK' and h.score < 50) or (:band = 'NO_DATA' and h.score is null))
            """;

    private static final String CUSTOMERS = """
            select x.customer_id as customer_id, x.customer_name as customer_name, count(*) as programs,
                round(avg(x.score)) as score, round(avg(x.previous_score)) as previous_score,
                sum(x.slipping) as slipping, sum(x.overdue_supplier) as overdue_supplier,
                sum(x.overdue_customer) as overdue_customer
            from (%s) x group by x.customer_id, x.customer_name
            """.formatted(PROGRAMS);

    @PersistenceContext
    private EntityManager entityManager;

    List<PortfolioRow> programs(Collection<Long> ids, PortfolioFilter filter, LocalDate today, Pageable pageable) {
        var sql = "select * from (" + PROGRAMS + ") r order by "
                + order(pageable.getSort(), PROGRAM_SORTS, "program_name") + ", r.customer_name, r.program_name, r.program_id";
        NativeQuery<Object[]> query = bind(entityManager.createNativeQuery(sql).unwrap(NativeQuery.class), ids, filter,
                today)
                .addScalar("program_id", Long.class).addScalar("program_name", String.class)
                .addScalar("customer_id", Long.class).addScalar("customer_name", String.class)
                .addScalar("status", String.class).addScalar("score", Integer.class)
                .addScalar("previous_score", Integer.class).addScalar("supplier_score", Integer.class)
                .addScalar("customer_score", Integer.class).addScalar("computed_at", Instant.class)
                .addScalar("slipping", Long.class).addScalar("overdue_supplier", Long.class)
                .addScalar("overdue_customer", Long.class);
        page(query, pageable);
        return query.getResultList().stream().map(r -> new PortfolioRow((Long) r[0], (String) r[1], (Long) r[2],
                (String) r[3], ProgramStatus.valueOf((String) r[4]), (Integer) r[5], (Integer) r[6], (Integer) r[7],
                (Integer) r[8], (Long) r[10], (Long) r[11], (Long) r[12], null, null, (Instant) r[9])).toList();
    }

    long countPrograms(Collection<Long> ids, PortfolioFilter filter, LocalDate today) {
        return count("select count(*) from (" + PROGRAMS + ") r", ids, filter, today);
    }

    List<PortfolioCustomer> customers(Collection<Long> ids, PortfolioFilter filter, LocalDate today,
            Pageable pageable) {
        var sql = "select * from (" + CUSTOMERS + ") c order by "
                + order(pageable.getSort(), CUSTOMER_SORTS, "customer_name") + ", c.customer_name, c.customer_id";
        NativeQuery<Object[]> query = bind(entityManager.createNativeQuery(sql).unwrap(NativeQuery.class), ids, filter,
                today)
                .addScalar("customer_id", Long.class).addScalar("customer_name", String.class)
                .addScalar("programs", Integer.class).addScalar("score", Integer.class)
                .addScalar("previous_score", Integer.class).addScalar("slipping", Long.class)
                .addScalar("overdue_supplier", Long.class).addScalar("overdue_customer", Long.class);
        page(query, pageable);
        return query.getResultList().stream().map(r -> new PortfolioCustomer((Long) r[0], (String) r[1],
                (Integer) r[2], (Integer) r[3], (Integer) r[4], (Long) r[5], (Long) r[6], (Long) r[7])).toList();
    }

    long countCustomers(Collection<Long> ids, PortfolioFilter filter, LocalDate today) {
        return count("select count(*) from (" + CUSTOMERS + ") c", ids, filter, today);
    }

    private long count(String sql, Collection<Long> ids, PortfolioFilter filter, LocalDate today) {
        var query = bind(entityManager.createNativeQuery(sql).unwrap(NativeQuery.class), ids, filter, today);
        Object result = query.getSingleResult();
        return ((Number) result).longValue();
    }

    @SuppressWarnings("unchecked")
    private static NativeQuery<Object[]> bind(NativeQuery<?> query, Collection<Long> ids, PortfolioFilter filter,
            LocalDate today) {
        var week = Weeks.startOf(today);
        return (NativeQuery<Object[]>) query.setParameter("ids", ids)
                .setParameter("text", pattern(filter.text()))
                .setParameter("status", filter.status() == null ? "" : filter.status().name())
                .setParameter("band", filter.band() == null ? "" : filter.band().name())
                .setParameter("today", today)
                .setParameter("week", week)
                .setParameter("previousWeek", week.minusWeeks(1));
    }

    private static void page(NativeQuery<?> query, Pageable pageable) {
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset());
            query.setMaxResults(pageable.getPageSize());
        }
    }

    /** Sorts by the keys offered only; a score sort keeps programs without a score last either way. */
    static String order(Sort sort, Map<String, String> sorts, String fallback) {
        if (sort.isUnsorted()) {
            return fallback;
        }
        return sort.stream().map(o -> {
            var column = sorts.get(o.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Not a portfolio sort: " + o.getProperty());
            }
            var direction = o.isAscending() ? " asc" : " desc";
            return "(" + column + ") is null, " + column + direction;
        }).collect(Collectors.joining(", "));
    }

    /** Native SQL binds no null here: an empty pattern means "no search". */
    private static String pattern(String text) {
        var pattern = LikePattern.contains(text);
        return pattern == null ? "" : pattern;
    }
}
