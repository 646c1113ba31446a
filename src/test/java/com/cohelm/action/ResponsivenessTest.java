package com.cohelm.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.security.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The responsiveness figures from known timestamps: medians, on-time shares, the window and the sides. */
class ResponsivenessTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-30");

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /** A question to {@code side} asked at {@code asked}, due on {@code due}, answered at {@code answered}. */
    private static ResponseSample question(Side side, String asked, String due, String answered) {
        var answeredAt = answered == null ? null : at(answered);
        return new ResponseSample(side, true, at(asked), LocalDate.parse(due), answeredAt, answeredAt);
    }

    private static ResponseSample action(Side side, String created, String due, String closed) {
        return new ResponseSample(side, false, at(created), LocalDate.parse(due), null,
                closed == null ? null : at(closed));
    }

    private static SideResponsiveness of(List<SideResponsiveness> figures, Side side) {
        return figures.stream().filter(f -> f.side() == side).findFirst().orElseThrow();
    }

    @Test
    void eachSideIsMeasuredOnWhatItWasAskedAndGiven() {
        var samples = List.of(
                // The customer answers in 2 h, 4 h and 30 h; the last one a day after its due date.
                question(Side.CUSTOMER, "2026-06-01T08:00:00Z", "2026-06-03", "2026-06-01T10:00:00Z"),
                question(Side.CUSTOMER, "2026-06-10T08:00:00Z", "2026-06-10", "2026-06-10T12:00:00Z"),
                question(Side.CUSTOMER, "2026-06-20T08:00:00Z", "2026-06-20", "2026-06-21T14:00:00Z"),
                // The supplier answers in 2 days and 4 days, on time, and leaves one overdue.
                question(Side.SUPPLIER, "2026-06-01T08:00:00Z", "2026-06-05", "2026-06-03T08:00:00Z"),
                question(Side.SUPPLIER, "2026-06-10T08:00:00Z", "2026-06-14", "2026-06-14T08:00:00Z"),
                question(Side.SUPPLIER, "2026-06-20T08:00:00Z", "2026-06-25", null),
                // The supplier closes one action in 1 day on time; another is open and not due yet.
                action(Side.SUPPLIER, "2026-06-15T08:00:00Z", "2026-06-20", "2026-06-16T08:00:00Z"),
                action(Side.SUPPLIER, "2026-06-28T08:00:00Z", "2026-07-10", null));

        var figures = Responsiveness.compute(samples, NOW);
        assertThat(figures).extracting(SideResponsiveness::side).containsExactly(Side.SUPPLIER, Side.CUSTOMER);

        var customer = of(figures, Side.CUSTOMER);
        assertThat(customer.answering().responded()).isEqualTo(3);
        assertThat(customer.answering().overdueOpen()).isZero();
        assertThat(customer.answering().median()).contains(Duration.ofHours(4));
        assertThat(customer.answering().onTimeShare()).hasValueSatisfying(v -> assertThat(v).isCloseTo(2 / 3.0,
                org.assertj.core.data.Offset.offset(1e-9)));
        // An answer closes the question: the customer's closing figures are its answers.
        assertThat(customer.closing().median()).contains(Duration.ofHours(4));

        var supplier = of(figures, Side.SUPPLIER);
        assertThat(supplier.answering().responded()).isEqualTo(2);
        assertThat(supplier.answering().overdueOpen()).isEqualTo(1);
        assertThat(supplier.answering().median()).contains(Duration.ofDays(3)); // mean of 2 and 4 days
        assertThat(supplier.answering().onTimeShare()).contains(2 / 3.0);
        // Closing: 2 answered questions and 1 action closed; the overdue question is late.
        assertThat(supplier.closing().responded()).isEqualTo(3);
        assertThat(supplier.closing().overdueOpen()).isEqualTo(1);
        assertThat(supplier.closing().median()).contains(Duration.ofDays(2));
        assertThat(supplier.closing().onTimeShare()).contains(0.75);
    }

    @Test
    void onlyTheLast90DaysCount() {
        var samples = List.of(
                question(Side.CUSTOMER, "2026-01-01T08:00:00Z", "2026-01-02", "2026-01-05T08:00:00Z"),
                question(Side.CUSTOMER, "2026-03-01T08:00:00Z", "2026-03-02", null), // overdue before the window
                question(Side.CUSTOMER, "2026-04-01T08:00:00Z", "2026-04-05", "2026-04-02T08:00:00Z"));

        var customer = of(Responsiveness.compute(samples, NOW), Side.CUSTOMER);
        assertThat(Responsiveness.windowStart(NOW)).isEqualTo(at("2026-04-01T12:00:00Z"));
        assertThat(customer.answering().responded()).isEqualTo(1);
        assertThat(customer.answering().overdueOpen()).isZero();
        assertThat(customer.answering().median()).contains(Duration.ofHours(24));
        assertThat(customer.answering().onTimeShare()).contains(1.0);
    }

    @Test
    void aSideWithNothingToMeasureHasEmptyFigures() {
        var figures = Responsiveness.compute(List.of(), NOW);
        assertThat(figures).hasSize(2).allSatisfy(side -> {
            assertThat(side.answering().isEmpty()).isTrue();
            assertThat(side.answering().median()).isEmpty();
            assertThat(side.answering().onTimeShare()).isEmpty();
            assertThat(side.closing().isEmpty()).isTrue();
        });
    }

    @Test
    void aSideThatOnlyLetsQuestionsGoOverdueIsNeverOnTime() {
        var samples = List.of(question(Side.CUSTOMER, "2026-06-01T08:00:00Z", "2026-06-02", null));
        var customer = of(Responsiveness.compute(samples, NOW), Side.CUSTOMER);
        assertThat(customer.answering().median()).isEmpty();
        assertThat(customer.answering().onTimeShare()).contains(0.0);
        assertThat(TODAY).isAfter(LocalDate.parse("2026-06-02"));
    }

    @Test
    void theDueDayItselfIsOnTimeWhateverTheHour() {
        var samples = List.of(question(Side.SUPPLIER, "2026-06-01T08:00:00Z", "2026-06-02", "2026-06-02T23:59:00Z"),
                question(Side.SUPPLIER, "2026-06-01T08:00:00Z", "2026-06-02", "2026-06-03T00:01:00Z"));
        assertThat(of(Responsiveness.compute(samples, NOW), Side.SUPPLIER).answering().onTimeShare()).contains(0.5);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Responsiveness.median(List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(6),
                Duration.ofHours(9)))).contains(Duration.ofHours(4));
        assertThat(Responsiveness.median(List.of())).isEmpty();
    }
}
