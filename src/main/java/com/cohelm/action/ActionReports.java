package com.cohelm.action;

import com.cohelm.base.SpreadsheetText;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a plan tells about a program as a whole: how fast each side responds, and the plan as a spreadsheet. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionReports {

    private final ActionItemRepository items;
    private final ProgramAccessPolicy accessPolicy;
    private final ActionItemViews views;
    private final Clock clock;

    ActionReports(ActionItemRepository items, ProgramAccessPolicy accessPolicy, ActionItemViews views, Clock clock) {
        this.items = items;
        this.accessPolicy = accessPolicy;
        this.views = views;
        this.clock = clock;
    }

    /** How fast each side answers and closes, supplier first; both sides get the same figures. */
    public List<SideResponsiveness> responsiveness(long programId) {
        accessPolicy.require(programId, Need.READ);
        var now = clock.instant();
        var since = Responsiveness.windowStart(now);
        var samples = items.responseSamples(programId, since, LocalDate.ofInstant(since, ZoneOffset.UTC),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        return Responsiveness.compute(samples, now);
    }

    /** The whole plan as CSV, one row per item, oldest first. */
    public String csv(long programId, ActionFilter filter) {
        var access = accessPolicy.require(programId, Need.READ);
        var all = views.of(items.findInPlan(programId, filter.status(), filter.side(), filter.assigneeId(),
                Pageable.unpaged(Sort.by("id"))), access);
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader("id", "title", "kind", "assignee", "waiting_on", "due_date",
                "status", "blocked_on", "origin", "origin_id", "created_at", "created_by", "age_days", "overdue",
                "answer", "answered_by", "answered_at", "closed_at").get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var item : all) {
                printer.printRecord(item.id(), SpreadsheetText.cell(item.title()),
                        item.question() ? "QUESTION" : "ACTION", SpreadsheetText.cell(item.assignee().displayName()),
                        item.waitingOn(), item.dueDate(), item.status(), SpreadsheetText.cell(item.blockedOn()),
                        item.origin(), item.originId(), item.createdAt(),
                        SpreadsheetText.cell(item.askedBy().displayName()), item.ageDays(), item.overdue(),
                        SpreadsheetText.cell(item.answer()),
                        item.answeredBy() == null ? null : SpreadsheetText.cell(item.answeredBy().displayName()),
                        item.answeredAt(), item.closedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
