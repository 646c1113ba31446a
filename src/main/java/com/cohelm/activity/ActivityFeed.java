package com.cohelm.activity;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's activity feed for its members, newest first. Access is the program's (asked through
 * {@link FeedAccess}); customer readers never get supplier-internal events, filtered in the query.
 * Two statements per page (the events and their actors' names) besides the access check, whatever
 * the number of events.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActivityFeed {

    private final ActivityEventRepository events;
    private final FeedAccess access;
    private final ActivityNames names;

    ActivityFeed(ActivityEventRepository events, FeedAccess access, ActivityNames names) {
        this.events = events;
        this.access = access;
        this.names = names;
    }

    /** The program whose feed this is, or empty exactly as for a program that does not exist. */
    public Optional<FeedAccess.FeedProgram> program(long programId) {
        return access.find(programId);
    }

    public List<FeedEntry> page(long programId, FeedFilter filter, Pageable pageable) {
        var reader = access.require(programId);
        var page = events.findFeed(programId, reader.supplierInternal(), filter.kinds().isEmpty(), kinds(filter),
                filter.side(), pageable).stream().map(ActivityEvent::toView).toList();
        var people = names.people(page.stream().map(ActivityView::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.stream().map(e -> new FeedEntry(e, people.getOrDefault(e.actorId(), e.actorLabel()), null))
                .toList();
    }

    public long count(long programId, FeedFilter filter) {
        var reader = access.require(programId);
        return events.countFeed(programId, reader.supplierInternal(), filter.kinds().isEmpty(), kinds(filter),
                filter.side());
    }

    /** The kinds the IN list gets: never empty, so the query stays valid when every kind is wanted. */
    static java.util.Collection<ActivityKind> kinds(FeedFilter filter) {
        return filter.kinds().isEmpty() ? EnumSet.allOf(ActivityKind.class) : filter.kinds();
    }
}
