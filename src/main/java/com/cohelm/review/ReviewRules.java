package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccess;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.Side;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/** The rules the review services apply after the program access check: who may do what, and when. */
final class ReviewRules {

    private ReviewRules() {
    }

    static void requireContributor(ProgramAccess access) {
        if (!access.canContribute()) {
            throw new AccessDeniedException("Viewers do not change reviews");
        }
    }

    static void requireArranger(ProgramAccess access) {
        if (!access.canEdit()) {
            throw new AccessDeniedException("Only leads arrange the agenda of program " + access.programId());
        }
    }

    static void requireOpen(Review review) {
        if (review.isClosed()) {
            throw new InvalidInputException("review", "review.error.closed");
        }
    }

    /** Closed reviews never change; while one side has signed, the minutes it signed stay as they are. */
    static void requireUnsigned(Review review) {
        requireOpen(review);
        if (review.isSignedByAnySide()) {
            throw new InvalidInputException("review", "review.error.signed");
        }
    }

    static void requireLeadOfOwnSide(ProgramDetails program, CurrentUser user) {
        var lead = user.side() == Side.SUPPLIER ? program.supplierLead() : program.customerLead();
        if (lead.id() != user.id() || user.isViewer()) {
            throw new AccessDeniedException("Only the program's lead of each side signs off");
        }
    }

    static void requireMember(List<PersonSummary> members, Long personId, String field) {
        if (personId == null || members.stream().noneMatch(p -> p.id() == personId)) {
            throw new InvalidInputException(field, "review.error.agreed-by");
        }
    }

    /** @param kept attendees already invited, who stay valid even if they have left the program since */
    static void validate(ProgramDetails program, ReviewDraft draft, Set<Long> kept) {
        var supplier = ids(program.supplierMembers());
        var customer = ids(program.customerMembers());
        for (var id : draft.attendeeIds()) {
            if (!supplier.contains(id) && !customer.contains(id) && !kept.contains(id)) {
                throw new InvalidInputException("attendeeIds", "review.error.attendee");
            }
        }
        if (draft.attendeeIds().stream().noneMatch(supplier::contains)
                || draft.attendeeIds().stream().noneMatch(customer::contains)) {
            throw new InvalidInputException("attendeeIds", "review.error.both-sides");
        }
    }

    static Set<Long> ids(List<PersonSummary> people) {
        return people.stream().map(PersonSummary::id).collect(Collectors.toSet());
    }

    static int indexOf(List<ReviewItem> agenda, long itemId) {
        var index = indexOfOrMinus(agenda, itemId);
        if (index < 0) {
            throw new ResourceNotFoundException("Agenda item", itemId);
        }
        return index;
    }

    static int indexOfOrMinus(List<ReviewItem> agenda, long itemId) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).getId() == itemId) {
                return i;
            }
        }
        return -1;
    }

    static int nextPosition(List<ReviewItem> agenda) {
        return agenda.isEmpty() ? 0 : agenda.getLast().getPosition() + 1;
    }
}
