package com.cohelm.feedback;

import java.util.Map;
import java.util.List;

/**
 * A revealed pulse's results as the reader may see them (a customer's never include the supplier's
 * internal ratings).
 *
 * @param averages         per question, only questions someone answered
 * @param customerAverage  all customer ratings of the supplier together, null without any
 * @param supplierAverage  all supplier ratings of the collaboration together, null without any
 * @param gaps             the themes both sides rated, the largest difference first
 */
public record PulseResult(
        int customerRespondents,
        int supplierRespondents,
        Map<PulseQuestion, Double> averages,
        Double customerAverage,
        Double supplierAverage,
        NetPromoter netPromoter,
        List<PerceptionGap> gaps) {

    /** Where the two sides' views differ most, if both sides rated anything. */
    public java.util.Optional<PerceptionGap> largestGap() {
        return gaps.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(gaps.getFirst());
    }
}
