package com.cohelm.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds a review's agenda from every {@link AgendaSource} and keeps its generated items' words true until the
 * meeting: the items are proposals refreshed until the review starts, then frozen (decision 0027). Reading a
 * review whose agenda is not frozen shows each generated item with its fresh proposal's words; the first change
 * to the review once the meeting has begun writes them into the items and freezes them, and closing records the
 * data beside them.
 */
@Component
class AgendaBuilder {

    private final List<AgendaSource> sources;
    private final ReviewItemRepository items;

    AgendaBuilder(List<AgendaSource> sources, ReviewItemRepository items) {
        this.sources = List.copyOf(sources);
        this.items = items;
    }

    /**
     * Asks every source, in order, and appends what is not on the agenda yet and happened before the review's end
     * (for a meeting still to come, everything so far); returns how many items were added.
     */
    int addProposals(Review review, List<ReviewItem> agenda, Instant now) {
        var onAgenda = agenda.stream().map(ReviewItem::key).collect(Collectors.toCollection(HashSet::new));
        var position = agenda.isEmpty() ? 0 : agenda.getLast().getPosition() + 1;
        var added = 0;
        for (var proposal : proposals(review)) {
            if (onAgenda.add(proposal.key())) {
                items.save(new ReviewItem(review.getId(), position++, proposal, null, now));
                added++;
            }
        }
        return added;
    }

    /**
     * The fresh proposal of each generated item, by item id, while the review's agenda follows the data; empty
     * once it is frozen (the items' stored words are then what the agenda says).
     */
    Map<Long, AgendaProposal> fresh(Review review, List<ReviewItem> agenda) {
        if (review.isAgendaFrozen() || review.isClosed() || agenda.stream().allMatch(ReviewItem::isCustom)) {
            return Map.of();
        }
        var byKey = new HashMap<String, AgendaProposal>();
        proposals(review).forEach(p -> byKey.putIfAbsent(p.key(), p));
        var fresh = new HashMap<Long, AgendaProposal>();
        for (var item : agenda) {
            var proposal = byKey.get(item.key());
            if (proposal != null && !item.isCustom()) {
                fresh.put(item.getId(), proposal);
            }
        }
        return fresh;
    }

    /** Writes the fresh words into the generated items and freezes the agenda; called under the review's lock. */
    void freeze(Review review, Instant now) {
        var agenda = items.findByReviewIdOrderByPositionAscIdAsc(review.getId());
        var fresh = fresh(review, agenda);
        agenda.forEach(item -> {
            var proposal = fresh.get(item.getId());
            if (proposal != null) {
                item.refresh(proposal);
            }
        });
        review.freezeAgenda(now);
    }

    /** What the sources propose now, left out what happened after the end of a review recorded afterwards. */
    private List<AgendaProposal> proposals(Review review) {
        return sources.stream().flatMap(source -> source.proposals(review.getProgramId(), review.getAgendaSince())
                .stream()).filter(proposal -> !proposal.at().isAfter(review.getEndsAt())).toList();
    }
}
