package com.cohelm.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A closed review's record of its agenda items' data: taken when the second side signs off (in the same
 * transaction, as that lead), read by everything that shows a closed review. Decision 0027.
 */
@Component
class ReviewSnapshots {

    /** The shape of {@link Document}; a reader of an older format would read it differently. */
    static final int FORMAT = 1;

    /**
     * The document.
     *
     * @param items   per agenda item id, the data shown next to it ({@code asOf} and {@code sinceClosing} empty)
     * @param actions per agenda item id, the actions agreed under it, as they stood
     * @param goals   the program's goals as the summary lists them
     */
    record Document(int format, Map<Long, ItemFacts> items, Map<Long, List<AgreedAction>> actions,
            List<GoalRow> goals) {
    }

    /** A document with when it was true. */
    record Taken(Instant asOf, Document document) {
    }

    private final ReviewSnapshotRepository snapshots;
    private final ReviewFactsReader reader;

    ReviewSnapshots(ReviewSnapshotRepository snapshots, ReviewFactsReader reader) {
        this.snapshots = snapshots;
        this.reader = reader;
    }

    /**
     * Records what the review shows now about each item of its agenda (as given, with the actions agreed under
     * each) and the program's goals.
     *
     * @param now  the moment of closing (recorded as when it was taken, and as when it is true unless cut)
     * @param asOf null to record the data as they are now (at closing), or a past instant to cut the data there
     */
    void take(long reviewId, long programId, List<AgendaItemView> agenda, Instant now, Instant asOf) {
        var items = new LinkedHashMap<Long, ItemFacts>();
        var actions = new LinkedHashMap<Long, List<AgreedAction>>();
        for (var item : agenda) {
            items.put(item.id(), reader.item(programId, item, asOf));
            if (!item.actions().isEmpty()) {
                actions.put(item.id(), item.actions());
            }
        }
        var document = new Document(FORMAT, items, actions, reader.goals(programId, asOf));
        snapshots.findById(reviewId).ifPresent(earlier -> {
            snapshots.delete(earlier);
            snapshots.flush();
        });
        snapshots.save(new ReviewSnapshot(reviewId, FORMAT, now, asOf == null ? now : asOf, ReviewJson.write(document)));
    }

    Optional<Taken> read(long reviewId) {
        return snapshots.findById(reviewId)
                .map(s -> new Taken(s.getAsOf(), ReviewJson.read(s.getDocument(), Document.class)));
    }
}
