package com.cohelm.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoalCsvCellTest {

    @Test
    void textASpreadsheetWouldRunIsDefused() {
        assertThat(GoalService.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(GoalService.cell("+1+1")).startsWith("'");
        assertThat(GoalService.cell("-2")).startsWith("'");
        assertThat(GoalService.cell("@SUM(A1)")).startsWith("'");
        assertThat(GoalService.cell("Second shift joined")).isEqualTo("Second shift joined");
        assertThat(GoalService.cell(null)).isNull();
        assertThat(GoalService.cell("")).isEmpty();
    }
}
