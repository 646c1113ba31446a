package com.cohelm.activity;

import com.cohelm.security.CurrentUserService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records refused access in the audit log: a service call for a program the user may not see, a page
 * address with such an id, a page the user's role does not open, a refused call from a page. The record
 * names the person and what they asked for (the address, or the target's kind and id), never what is
 * behind it. It is written in a transaction of its own, so it stays when the refused call rolls back.
 *
 * <p>One attempt often passes two checkpoints (the service refuses program 42, then the page for
 * {@code /programs/42/goals} shows "not found"): the page records it only if no refusal of an id in its
 * address was recorded for that person in the last {@link #SAME_ATTEMPT} (a query, not thread state, so
 * nothing can leak from one request to the next).
 */
@Component
public class AccessAudit {

    /** How close a page's refusal must follow a service's to be the same attempt. */
    static final Duration SAME_ATTEMPT = Duration.ofSeconds(5);
    private static final Pattern ID = Pattern.compile("(?<=/)\\d{1,18}(?=/|$)");

    private final ActivityEventRepository events;
    private final CurrentUserService currentUser;
    private final Clock clock;

    AccessAudit(ActivityEventRepository events, CurrentUserService currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user was refused {@code target} (e.g. "program") with the id they asked
     * for, at {@code address} (a page address or an operation, may be null). Anonymous callers are not
     * recorded here: sign-in pages handle them.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String target, Long targetId, String address) {
        currentUser.find().ifPresent(user -> events.save(new ActivityEvent(ActivityEntry.of(ActivityKind.ACCESS_DENIED)
                .actor(user.id(), user.email(), user.side())
                .organization(user.organizationId())
                .subject(target, targetId, null)
                .change(null, address), clock.instant())));
    }

    /**
     * Records a refusal seen by a page at {@code address}, unless a service recorded the refusal of an id in
     * that address for the same person a moment ago.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deniedAtAddress(String target, String address) {
        var user = currentUser.find();
        if (user.isEmpty()) {
            return;
        }
        var ids = new ArrayList<Long>();
        var matcher = ID.matcher(address == null ? "" : address);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group()));
        }
        if (!ids.isEmpty() && events.existsByActorIdAndKindAndSubjectIdInAndOccurredAtAfter(user.get().id(),
                ActivityKind.ACCESS_DENIED, ids, clock.instant().minus(SAME_ATTEMPT))) {
            return;
        }
        denied(target, null, address);
    }
}
