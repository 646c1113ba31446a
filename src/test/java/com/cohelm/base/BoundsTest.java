package com.cohelm.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The arithmetic of the bounds (decision 0033), without a database: fixed days, never today's. */
class BoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    @Test
    void aProgramRunsWithinTwentyYearsOfToday() {
        var range = Bounds.programDates(TODAY);
        assertThat(range).isEqualTo(new DateRange(LocalDate.of(2006, 12, 9), LocalDate.of(2046, 12, 9)));
        assertThat(range.contains(LocalDate.of(1000, 1, 1))).isFalse();
        assertThat(range.contains(LocalDate.of(9999, 12, 31))).isFalse();
    }

    @Test
    void theProgramWindowIsAYearWiderOnEachSideAndTakesInToday() {
        assertThat(Bounds.aroundProgram(START, END, TODAY))
                .isEqualTo(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2028, 3, 31)));
        // a program that ended long ago still takes work dated from today
        var old = Bounds.aroundProgram(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), TODAY);
        assertThat(old).isEqualTo(new DateRange(LocalDate.of(2019, 1, 1), LocalDate.of(2027, 12, 9)));
        // one planned far ahead too
        var ahead = Bounds.aroundProgram(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30), TODAY);
        assertThat(ahead.min()).isEqualTo(LocalDate.of(2025, 12, 9));
    }

    @Test
    void measurementsEndTodayAndDueDatesStartToday() {
        assertThat(Bounds.pastInProgram(START, END, TODAY)).isEqualTo(new DateRange(LocalDate.of(2025, 10, 1), TODAY));
        assertThat(Bounds.dueInProgram(START, END, TODAY)).isEqualTo(new DateRange(TODAY, LocalDate.of(2028, 3, 31)));
    }

    @Test
    void aRefusalNamesTheFieldAndBothEnds() {
        var range = new DateRange(START, END);
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> range.require(LocalDate.of(9999, 12, 31), "plannedDate", "schedule.error.date-range"));
        assertThat(e.field()).isEqualTo("plannedDate");
        assertThat(e.messageKey()).isEqualTo("schedule.error.date-range");
        assertThat(e.args()).containsExactly(START, END);
        range.require(START, "plannedDate", "schedule.error.date-range");
        range.require(END, "plannedDate", "schedule.error.date-range");
    }

    @Test
    void aRangeTakesInTheDatesAlreadyStored() {
        var widened = new DateRange(START, END).including(LocalDate.of(2001, 5, 1), null);
        assertThat(widened).isEqualTo(new DateRange(LocalDate.of(2001, 5, 1), END));
    }

    @Test
    void kpiValuesStayWithinAMillionMillionAndSharesWithinAHundred() {
        assertThat(Bounds.withinKpiLimit(new BigDecimal("1000000000000"))).isTrue();
        assertThat(Bounds.withinKpiLimit(new BigDecimal("-1000000000000"))).isTrue();
        assertThat(Bounds.withinKpiLimit(new BigDecimal("1000000000000.0001"))).isFalse();
        assertThat(Bounds.withinKpiLimit(null)).isFalse();
        assertThat(Bounds.withinShare(BigDecimal.ZERO)).isTrue();
        assertThat(Bounds.withinShare(new BigDecimal("100"))).isTrue();
        assertThat(Bounds.withinShare(new BigDecimal("100.01"))).isFalse();
        assertThat(Bounds.withinShare(new BigDecimal("-0.5"))).isFalse();
    }
}
