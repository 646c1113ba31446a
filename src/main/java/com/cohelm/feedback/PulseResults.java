package com.cohelm.feedback;

import com.cohelm.security.CurrentUser;
import com.cohelm.security.Side;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a reader may see of pulses, in one place for the feedback page, the program's overview, the trend and
 * relationship health: one's own answers always, counts per side, and once a pulse is revealed the results
 * of each side that has at least the minimum number of answers the reader may count (setting
 * {@code cohelm.feedback.pulse-min-answers-per-side}, 2 by default). A customer reader never counts, nor
 * sees anything computed from, internal supplier answers. See
 * {@code docs/decisions/0025-pulse-minimum-answers.md}. It checks no access: its callers do.
 */
@Component
class PulseResults {

    private final PulseResponseRepository responses;
    private final Clock clock;
    private final int minimumPerSide;

    PulseResults(PulseResponseRepository responses, Clock clock,
            @Value("${cohelm.feedback.pulse-min-answers-per-side:2}") int minimumPerSide) {
        if (minimumPerSide < 1) {
            throw new IllegalStateException("cohelm.feedback.pulse-min-answers-per-side must be 1 or more, not "
                    + minimumPerSide);
        }
        this.responses = responses;
        this.clock = clock;
        this.minimumPerSide = minimumPerSide;
    }

    /** How many answers a side needs before anything of it is shown. */
    int minimumPerSide() {
        return minimumPerSide;
    }

    /** Whether a pulse's answers are enough to reveal it to customers: both sides have the minimum they may see. */
    boolean enoughForCustomers(Collection<PulseResponse> answers) {
        return countedByCustomers(answers, Side.CUSTOMER) >= minimumPerSide
                && countedByCustomers(answers, Side.SUPPLIER) >= minimumPerSide;
    }

    /**
     * Pulses as the reader may see them, all answers read in one statement: their own answers always, counts
     * per side, and once revealed the results and comments of the sides shown.
     */
    List<PulseView> views(List<Pulse> list, CurrentUser reader) {
        if (list.isEmpty()) {
            return List.of();
        }
        var byPulse = responses.findByPulseIdIn(list.stream().map(Pulse::getId).toList()).stream()
                .collect(Collectors.groupingBy(PulseResponse::getPulseId));
        var today = LocalDate.now(clock.withZone(reader.timeZone()));
        var views = new ArrayList<PulseView>();
        for (var pulse : list) {
            var visible = byPulse.getOrDefault(pulse.getId(), List.of()).stream()
                    .filter(r -> reader.isSupplier() || !r.isInternal()).toList();
            var mine = visible.stream().filter(r -> r.getRespondentId() == reader.id()).findFirst()
                    .map(r -> new PulseResponseView(pulse.getId(), Map.copyOf(r.scores()), r.getRecommend(),
                            r.getComment(), r.isInternal(), r.getUpdatedAt(), r.getVersion()))
                    .orElse(null);
            var customers = (int) visible.stream().filter(r -> r.getSide() == Side.CUSTOMER).count();
            var suppliers = visible.size() - customers;
            PulseResult result = null;
            List<PulseComment> comments = List.of();
            if (pulse.isRevealed()) {
                result = PulseArithmetic.compute(visible.stream().map(PulseResponse::answers).toList(),
                        minimumPerSide);
                var shown = result;
                comments = visible.stream().filter(r -> r.getComment() != null && shown.shows(r.getSide()))
                        .sorted(Comparator.comparing(PulseResponse::getSide).thenComparing(PulseResponse::getId))
                        .map(r -> new PulseComment(r.getSide(), r.getComment(), r.isInternal())).toList();
            }
            views.add(new PulseView(pulse.getId(), pulse.getTitle(), pulse.getOpenedAt(), pulse.getClosesOn(),
                    pulse.getClosedAt(), pulse.getRevealedAt(), pulse.acceptsAnswers(today), customers, suppliers,
                    mine, result, comments, (int) visible.stream().filter(PulseResponse::isInternal).count(),
                    pulse.getVersion()));
        }
        return views;
    }

    /**
     * A revealed pulse in figures for relationship health, which both sides see: from the answers customers
     * may see, each side's rating only if that side has the minimum.
     */
    PulseScores scores(Pulse pulse, List<PulseResponse> answers) {
        var result = PulseArithmetic.compute(answers.stream().filter(r -> !r.isInternal())
                .map(PulseResponse::answers).toList(), minimumPerSide);
        return new PulseScores(pulse.getProgramId(), result.customerAverage(), result.supplierAverage(),
                result.netPromoter().score(), LocalDate.ofInstant(pulse.getRevealedAt(), ZoneOffset.UTC));
    }

    /** One revealed pulse in the trend: what the reader may see of it, so withheld sides stay empty. */
    static PulseTrendPoint trendPoint(PulseView pulse) {
        var result = pulse.result();
        return new PulseTrendPoint(pulse.id(), pulse.title(), LocalDate.ofInstant(pulse.revealedAt(), ZoneOffset.UTC),
                result.customerAverage(), result.supplierAverage(), result.netPromoter().score(),
                result.largestGap().orElse(null));
    }

    private static long countedByCustomers(Collection<PulseResponse> answers, Side side) {
        return answers.stream().filter(r -> r.getSide() == side && !r.isInternal()).count();
    }
}
