package com.cohelm.activity;

import com.cohelm.security.CurrentUserService;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single way every feature records a change: in the caller's transaction, so a change and its
 * event are stored together or not at all.
 */
@Service
public class ActivityRecorder {

    private final ActivityEventRepository events;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ActivityRecorder(ActivityEventRepository events, CurrentUserService currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(ActivityEntry entry) {
        if (!entry.actorGiven) {
            currentUser.find().ifPresent(user -> entry.actor(user.id(), user.email(), user.side()));
        }
        events.save(new ActivityEvent(entry, clock.instant()));
    }

    /**
     * The latest events of a program, newest first. The caller has checked that the reader may see the
     * program; supplier-internal events are left out for customer readers.
     */
    @Transactional(readOnly = true)
    public List<ActivityView> latestForProgram(long programId, boolean includeSupplierInternal, int limit) {
        return events.findForProgram(programId, includeSupplierInternal, PageRequest.of(0, limit)).stream()
                .map(ActivityEvent::toView).toList();
    }
}
