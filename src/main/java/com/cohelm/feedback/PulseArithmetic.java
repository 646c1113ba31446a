package com.cohelm.feedback;

import com.cohelm.security.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a pulse from its answers, with no database and no reader: averages per question and per
 * side, the net promoter score and the perception gap per theme. The caller hands in only the answers
 * the reader may count. A side with fewer answers than the minimum shows nothing but its count: none of
 * its averages, no net promoter score for the customer side, no perception gap (see
 * {@code docs/decisions/0025-pulse-minimum-answers.md}).
 */
final class PulseArithmetic {

    private PulseArithmetic() {
    }

    /** Every side shown, however few answered. */
    static PulseResult compute(Collection<PulseAnswers> answers) {
        return compute(answers, 1);
    }

    /** Only the sides with at least {@code minimumPerSide} answers are computed; the others keep their count. */
    static PulseResult compute(Collection<PulseAnswers> answers, int minimumPerSide) {
        if (minimumPerSide < 1) {
            throw new IllegalArgumentException("At least one answer per side: " + minimumPerSide);
        }
        var counts = new EnumMap<Side, Integer>(Side.class);
        answers.forEach(answer -> counts.merge(answer.side(), 1, Integer::sum));
        var shown = answers.stream().filter(answer -> counts.get(answer.side()) >= minimumPerSide).toList();
        var computed = computeAll(shown);
        return new PulseResult(counts.getOrDefault(Side.CUSTOMER, 0), counts.getOrDefault(Side.SUPPLIER, 0),
                minimumPerSide, computed.averages(), computed.customerAverage(), computed.supplierAverage(),
                computed.netPromoter(), computed.gaps());
    }

    private static PulseResult computeAll(Collection<PulseAnswers> answers) {
        var sums = new EnumMap<PulseQuestion, int[]>(PulseQuestion.class);
        var sideSums = new EnumMap<Side, int[]>(Side.class);
        var themeSums = new EnumMap<Side, Map<PulseTheme, int[]>>(Side.class);
        int customers = 0;
        int suppliers = 0;
        var recommendations = new ArrayList<Integer>();
        for (var answer : answers) {
            if (answer.side() == Side.CUSTOMER) {
                customers++;
                if (answer.recommend() != null) {
                    recommendations.add(answer.recommend());
                }
            } else {
                suppliers++;
            }
            answer.scores().forEach((question, score) -> {
                if (score == null) {
                    return;
                }
                add(sums.computeIfAbsent(question, q -> new int[2]), score);
                add(sideSums.computeIfAbsent(question.answeredBy(), s -> new int[2]), score);
                add(themeSums.computeIfAbsent(question.answeredBy(), s -> new EnumMap<>(PulseTheme.class))
                        .computeIfAbsent(question.theme(), t -> new int[2]), score);
            });
        }
        var averages = new EnumMap<PulseQuestion, Double>(PulseQuestion.class);
        sums.forEach((question, sum) -> averages.put(question, average(sum)));
        var gaps = new ArrayList<PerceptionGap>();
        var customerThemes = themeSums.getOrDefault(Side.CUSTOMER, Map.of());
        var supplierThemes = themeSums.getOrDefault(Side.SUPPLIER, Map.of());
        for (var theme : PulseTheme.values()) {
            if (customerThemes.containsKey(theme) && supplierThemes.containsKey(theme)) {
                gaps.add(new PerceptionGap(theme, average(customerThemes.get(theme)),
                        average(supplierThemes.get(theme))));
            }
        }
        // The largest difference first; equal ones in the themes' order, so the list is stable.
        gaps.sort(Comparator.comparingDouble(PerceptionGap::gap).reversed()
                .thenComparing(PerceptionGap::theme));
        return new PulseResult(customers, suppliers, 1, Map.copyOf(averages),
                sideSums.containsKey(Side.CUSTOMER) ? average(sideSums.get(Side.CUSTOMER)) : null,
                sideSums.containsKey(Side.SUPPLIER) ? average(sideSums.get(Side.SUPPLIER)) : null,
                netPromoter(recommendations), List.copyOf(gaps));
    }

    /**
     * Promoters (9–10) minus detractors (0–6) over everyone who answered, in whole points; halves are
     * rounded away from zero, so the same split gives the same size of score whichever way it leans.
     */
    static NetPromoter netPromoter(List<Integer> recommendations) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (int score : recommendations) {
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("A recommendation is 0 to 10: " + score);
            }
            if (score >= 9) {
                promoters++;
            } else if (score >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        var total = recommendations.size();
        Integer score = total == 0 ? null
                : BigDecimal.valueOf(100L * (promoters - detractors))
                        .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValueExact();
        return new NetPromoter(promoters, passives, detractors, score);
    }

    private static void add(int[] sum, int score) {
        sum[0] += score;
        sum[1]++;
    }

    private static double average(int[] sum) {
        return (double) sum[0] / sum[1];
    }
}
