package com.cohelm.goal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GoalTextTest {

    @Test
    void onlyValuesTheDatabaseKeepsAsTypedAreStorable() {
        assertThat(GoalText.storable(new BigDecimal("98.5"))).isTrue();
        assertThat(GoalText.storable(new BigDecimal("123456789012345.1234"))).isTrue();
        assertThat(GoalText.storable(new BigDecimal("1234567890123456"))).isFalse();
        assertThat(GoalText.storable(new BigDecimal("0.12345"))).isFalse();
        assertThat(GoalText.storable(new BigDecimal("1.50000"))).isTrue();
    }

    @Test
    void numbersFollowTheReadersLocale() {
        assertThat(GoalText.number(new BigDecimal("98.5"), Locale.FRENCH)).isEqualTo("98,5");
        assertThat(GoalText.estimate(new BigDecimal("93.1952"), Locale.ENGLISH)).isEqualTo("93.2");
    }
}
