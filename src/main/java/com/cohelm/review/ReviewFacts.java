package com.cohelm.review;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramService;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data a review shows beside its agenda items and in its summary's goals table. An open review's are read
 * now, as the reader; a closed review's come only from its record, taken when it closed (decision 0027), with what
 * differs today beside them. A review the reader may not see answers as not found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewFacts {

    private final ReviewRepository reviews;
    private final ReviewItemRepository items;
    private final ReviewSnapshots snapshots;
    private final ReviewFactsReader reader;
    private final ProgramService programService;

    ReviewFacts(ReviewRepository reviews, ReviewItemRepository items, ReviewSnapshots snapshots,
            ReviewFactsReader reader, ProgramService programService) {
        this.reviews = reviews;
        this.items = items;
        this.snapshots = snapshots;
        this.reader = reader;
        this.programService = programService;
    }

    /** The data next to one agenda item. */
    public ItemFacts item(long reviewId, long itemId) {
        var review = find(reviewId);
        var item = items.findByIdAndReviewId(itemId, reviewId)
                .orElseThrow(() -> new ResourceNotFoundException("Agenda item", itemId))
                .toView(null, List.of(), List.of(), List.of());
        var now = reader.item(review.getProgramId(), item, null);
        if (!review.isClosed()) {
            return now;
        }
        return snapshots.read(reviewId).map(taken -> {
            var recorded = taken.document().items().get(itemId);
            // an item on the agenda but not in the record cannot happen: the agenda is frozen before closing
            return recorded == null ? now : recorded.recordedAt(taken.asOf(), SinceClosing.lines(recorded, now));
        }).orElse(now);
    }

    /** The program's goals as the summary lists them. */
    public GoalTable goals(long reviewId) {
        var review = find(reviewId);
        var now = reader.goals(review.getProgramId(), null);
        if (!review.isClosed()) {
            return new GoalTable(null, now);
        }
        return snapshots.read(reviewId).map(taken -> {
            var today = now.stream().collect(Collectors.toMap(GoalRow::goalId, Function.identity()));
            return new GoalTable(taken.asOf(), taken.document().goals().stream()
                    .map(row -> today.containsKey(row.goalId())
                            ? row.withSinceClosing(SinceClosing.lines(row, today.get(row.goalId()))) : row)
                    .toList());
        }).orElseGet(() -> new GoalTable(null, now));
    }

    /**
     * The goals table of a summary.
     *
     * @param asOf when the rows were true: the closing of a closed review; null when read now (an open review, or
     *             one closed before records were kept)
     */
    public record GoalTable(java.time.Instant asOf, List<GoalRow> rows) {
    }

    private Review find(long reviewId) {
        return reviews.findById(reviewId).filter(r -> programService.find(r.getProgramId()).isPresent())
                .orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
    }
}
