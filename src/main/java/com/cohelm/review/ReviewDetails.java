package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A review as its live page, its presentation and its summary show it.
 *
 * @param agendaSince   the agenda was built from changes after this instant (the previous review, or the program's start)
 * @param currentItemId the item the presenter shows now, or null before the first move
 * @param signOffs      supplier first, then customer
 */
public record ReviewDetails(
        long id,
        long version,
        long programId,
        String programName,
        String customerName,
        String title,
        Instant startsAt,
        Instant endsAt,
        int durationMinutes,
        String location,
        Instant agendaSince,
        ReviewState state,
        Instant closedAt,
        List<AttendeeView> attendees,
        List<AgendaItemView> agenda,
        Long currentItemId,
        List<SignOff> signOffs,
        List<AmendmentView> amendments,
        List<PersonSummary> supplierPeople,
        List<PersonSummary> customerPeople,
        ReviewPermissions permissions) {

    public Optional<AgendaItemView> currentItem() {
        if (agenda.isEmpty()) {
            return Optional.empty();
        }
        return agenda.stream().filter(i -> currentItemId != null && i.id() == currentItemId).findFirst()
                .or(() -> Optional.of(agenda.getFirst()));
    }

    public List<DecisionView> decisions() {
        return agenda.stream().flatMap(item -> item.decisions().stream()).toList();
    }

    public ReviewDraft toDraft() {
        return new ReviewDraft(title, startsAt, durationMinutes, location,
                attendees.stream().map(a -> a.person().id()).collect(java.util.stream.Collectors.toSet()));
    }
}
