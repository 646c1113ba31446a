package com.cohelm.activity;

import com.cohelm.security.CurrentUserService;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records refused access in the audit log: a service call for a program the user may not see, a write
 * a viewer may not make, a page address with such an id, a page the user's role does not open. The
 * record names the person and what they asked for (the address, or the target's kind and id), never what
 * is behind it. It is written in a transaction of its own, so it stays when the refused call rolls back.
 *
 * <p>One attempt often passes two checkpoints (the service refuses, then the page shows "not found"):
 * the service records it, and {@link #deniedAtAddress} then knows it was recorded already.
 */
@Component
public class AccessAudit {

    private static final ThreadLocal<Boolean> RECORDED = new ThreadLocal<>();

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
     * for, at {@code address} (a page address or a service operation, may be null). Anonymous callers are
     * not recorded here: sign-in pages handle them.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String target, Long targetId, String address) {
        currentUser.find().ifPresent(user -> {
            events.save(new ActivityEvent(ActivityEntry.of(ActivityKind.ACCESS_DENIED)
                    .actor(user.id(), user.email(), user.side())
                    .organization(user.organizationId())
                    .subject(target, targetId, null)
                    .change(null, address), clock.instant()));
            RECORDED.set(Boolean.TRUE);
        });
    }

    /**
     * Records a refusal seen by a page (an address that answered "not found", a refused call from a
     * page), unless a service on the way recorded it already; clears the mark either way, so the next
     * request starts clean.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deniedAtAddress(String target, String address) {
        if (!takeRecorded()) {
            denied(target, null, address);
            RECORDED.remove();
        }
    }

    /** Whether this thread recorded a refusal since the last call; clears the mark. */
    boolean takeRecorded() {
        var recorded = Boolean.TRUE.equals(RECORDED.get());
        RECORDED.remove();
        return recorded;
    }
}
