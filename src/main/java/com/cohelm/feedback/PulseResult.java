package com.cohelm.feedback;

import com.cohelm.security.Side;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A revealed pulse's results as the reader may see them (a customer's never include the supplier's
 * internal ratings). A side with fewer answers than {@code minimumPerSide} shows only how many answered:
 * its averages, the net promoter score (customer side) and the perception gap are left out, so that
 * nobody's answers can be told apart.
 *
 * @param customerRespondents how many customer answers the reader may count, shown or not
 * @param supplierRespondents how many supplier answers the reader may count, shown or not (a customer
 *                            reader never counts internal ones)
 * @param minimumPerSide      how many answers a side needs before anything of it is shown
 * @param averages            per question, only questions of shown sides that someone answered
 * @param customerAverage     all customer ratings of the supplier together, null without any or when withheld
 * @param supplierAverage     all supplier ratings of the collaboration together, null without any or when
 *                            withheld
 * @param netPromoter         the customers' net promoter score; no respondents (score null) when the customer
 *                            side is withheld
 * @param gaps                the themes both sides rated, the largest difference first; empty unless both
 *                            sides are shown
 */
public record PulseResult(
        int customerRespondents,
        int supplierRespondents,
        int minimumPerSide,
        Map<PulseQuestion, Double> averages,
        Double customerAverage,
        Double supplierAverage,
        NetPromoter netPromoter,
        List<PerceptionGap> gaps) {

    public int respondents(Side side) {
        return side == Side.CUSTOMER ? customerRespondents : supplierRespondents;
    }

    /** Whether the side's figures are shown: it has at least the minimum of answers. */
    public boolean shows(Side side) {
        return respondents(side) >= minimumPerSide;
    }

    /** Where the two sides' views differ most, if both sides are shown and rated anything. */
    public Optional<PerceptionGap> largestGap() {
        return gaps.isEmpty() ? Optional.empty() : Optional.of(gaps.getFirst());
    }
}
