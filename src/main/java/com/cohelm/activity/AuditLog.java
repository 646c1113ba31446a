package com.cohelm.activity;

import com.cohelm.base.LikePattern;
import com.cohelm.base.SpreadsheetText;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Roles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: every event of every organization, sign-ins, failed sign-ins and refused access
 * included, for supplier admins only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_SUPPLIER_ADMIN)
public class AuditLog {

    /** Keeps the IN list valid when no person matches the text. */
    private static final Set<Long> NOBODY = Set.of(-1L);

    private final ActivityEventRepository events;
    private final ActivityNames names;
    private final CurrentUserService currentUser;

    AuditLog(ActivityEventRepository events, ActivityNames names, CurrentUserService currentUser) {
        this.events = events;
        this.names = names;
        this.currentUser = currentUser;
    }

    public List<FeedEntry> page(AuditFilter filter, Pageable pageable) {
        var person = personPattern(filter.person());
        var page = events.findAudit(from(filter), to(filter), filter.organizationId(), filter.kinds().isEmpty(),
                kinds(filter), person, personIds(filter.person()), pageable).stream().map(ActivityEvent::toView)
                .toList();
        return withNames(page);
    }

    public long count(AuditFilter filter) {
        return events.countAudit(from(filter), to(filter), filter.organizationId(), filter.kinds().isEmpty(),
                kinds(filter), personPattern(filter.person()), personIds(filter.person()));
    }

    /** The organizations the filter offers. */
    public List<ActivityNames.NamedOrganization> organizations() {
        return names.organizations();
    }

    /** The filtered log as CSV, newest first; user text is defused for spreadsheets. */
    public String csv(AuditFilter filter) {
        var all = page(filter, Pageable.unpaged());
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader("id", "occurred_at", "kind", "actor_id", "actor",
                "actor_login", "actor_side", "organization_id", "organization", "program_id", "subject_type",
                "subject_id", "subject", "before", "after", "supplier_internal").get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var entry : all) {
                var e = entry.event();
                printer.printRecord(e.id(), e.occurredAt(), e.kind(), e.actorId(), SpreadsheetText.cell(entry.actorName()),
                        SpreadsheetText.cell(e.actorLabel()), e.actorSide(), e.organizationId(),
                        SpreadsheetText.cell(entry.organizationName()), e.programId(), e.subjectType(), e.subjectId(),
                        SpreadsheetText.cell(e.subjectLabel()), SpreadsheetText.cell(e.before()),
                        SpreadsheetText.cell(e.after()), e.supplierInternal());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private List<FeedEntry> withNames(List<ActivityView> page) {
        var people = names.people(page.stream().map(ActivityView::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, String> organizations = page.isEmpty() ? Map.of() : names.organizations().stream()
                .collect(Collectors.toMap(ActivityNames.NamedOrganization::id, ActivityNames.NamedOrganization::name));
        return page.stream().map(e -> new FeedEntry(e, people.getOrDefault(e.actorId(), e.actorLabel()),
                e.organizationId() == null ? null : organizations.get(e.organizationId()))).toList();
    }

    private static Collection<ActivityKind> kinds(AuditFilter filter) {
        return filter.kinds().isEmpty() ? EnumSet.allOf(ActivityKind.class) : filter.kinds();
    }

    private Set<Long> personIds(String text) {
        if (text == null || text.isBlank()) {
            return NOBODY;
        }
        var ids = names.peopleMatching(text.strip());
        return ids.isEmpty() ? NOBODY : ids;
    }

    private static String personPattern(String text) {
        return LikePattern.contains(text);
    }

    private Instant from(AuditFilter filter) {
        return filter.from() == null ? null : filter.from().atStartOfDay(zone()).toInstant();
    }

    /** The day after the last day, so the last day is included whole. */
    private Instant to(AuditFilter filter) {
        return filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return currentUser.require().timeZone();
    }

}
