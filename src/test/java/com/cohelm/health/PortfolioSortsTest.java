package com.cohelm.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.health.Portfolio.Entry;
import com.cohelm.program.ProgramStatus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/**
 * The portfolio sorts in memory as the database used to: a missing figure last in either direction, ties by
 * customer, then program name, then id, names by their place in the database's name order; and a customer's
 * health is its programs' mean rounded half up.
 */
class PortfolioSortsTest {

    private static Entry entry(long id, long customerOrder, long nameOrder, Integer score, Integer previous,
            long slipping) {
        return new Entry(new PortfolioRow(id, "Program " + id, customerOrder, "Customer " + customerOrder,
                ProgramStatus.ACTIVE, score, previous, null, null, slipping, 0, 0, null, null, null), customerOrder,
                nameOrder);
    }

    private static List<Long> ids(List<Entry> entries, Sort sort) {
        return entries.stream().sorted(PortfolioSorts.programs(sort)).map(e -> e.row().programId()).toList();
    }

    @Test
    void aMissingScoreSortsLastInEitherDirectionAndTiesGoByCustomerNameAndId() {
        var entries = List.of(entry(1, 2, 1, 60, 50, 0), entry(2, 1, 2, null, 40, 3), entry(3, 1, 3, 60, null, 1),
                entry(4, 1, 3, 80, 90, 0));
        assertThat(ids(entries, Sort.by("health"))).containsExactly(3L, 1L, 4L, 2L);
        assertThat(ids(entries, Sort.by(Sort.Order.desc("health")))).containsExactly(4L, 3L, 1L, 2L);
        assertThat(ids(entries, Sort.by("trend"))).containsExactly(4L, 1L, 2L, 3L);
        assertThat(ids(entries, Sort.by(Sort.Order.desc("slipping"), Sort.Order.asc("customer"))))
                .containsExactly(2L, 3L, 4L, 1L);
        assertThat(ids(entries, Sort.unsorted())).as("by program name, then customer").containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void onlyTheOfferedSortsAreAccepted() {
        assertThatThrownBy(() -> PortfolioSorts.programs(Sort.by("p.id; drop table program")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortfolioSorts.customers(Sort.by("status")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomerAddsUpItsProgramsAndRoundsItsMeanHalfUp() {
        var portfolio = new Portfolio(List.of(entry(1, 7, 1, 61, null, 2), entry(2, 7, 2, 62, null, 1),
                entry(3, 7, 3, null, null, 0), entry(4, 8, 4, null, null, 5)));
        assertThat(portfolio.programCount()).isEqualTo(4);
        assertThat(portfolio.customerCount()).isEqualTo(2);
        var first = portfolio.customers().getFirst().row();
        assertThat(first.programs()).isEqualTo(3);
        assertThat(first.score()).isEqualTo(62);
        assertThat(first.previousScore()).isNull();
        assertThat(first.slipping()).isEqualTo(3);
        assertThat(Portfolio.roundedMean(Arrays.asList(1, 2, 2))).isEqualTo(2);
        assertThat(Portfolio.roundedMean(Arrays.asList(1, 1, 2))).isEqualTo(1);
        assertThat(Portfolio.roundedMean(Arrays.asList(null, null))).isNull();
    }
}
