package com.cohelm.goal;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.SpreadsheetText;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Joint goals. Every method first asks the program feature whether the user may see the program (an
 * invisible program, or a goal of another program, answers as not found), then applies the goal's own
 * rules: leads, supplier admins and the goal's owners edit; members measure; viewers read; supplier
 * staff alone read and write internal notes.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class GoalService {

    private final GoalRepository goals;
    private final GoalMeasurementRepository measurements;
    private final GoalStatusChangeRepository statusChanges;
    private final GoalInternalNoteRepository internalNotes;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;

    GoalService(GoalRepository goals, GoalMeasurementRepository measurements, GoalStatusChangeRepository statusChanges,
            GoalInternalNoteRepository internalNotes, ProgramService programService, ProgramAccessPolicy accessPolicy,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser, Clock clock) {
        this.goals = goals;
        this.measurements = measurements;
        this.statusChanges = statusChanges;
        this.internalNotes = internalNotes;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every goal of the program with its progress and suggestion: a fixed number of queries. */
    @Transactional(readOnly = true)
    public GoalsOverview goals(long programId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        var programGoals = goals.findByProgramIdOrderById(programId);
        var points = pointsByGoal(programGoals.stream().map(Goal::getId).toList());
        var people = members(program);
        var today = today();
        var summaries = programGoals.stream()
                .map(goal -> summary(goal, points.getOrDefault(goal.getId(), List.of()), people, today))
                .toList();
        return new GoalsOverview(programId, program.name(), program.canEdit(), summaries);
    }

    /** The program's goals by title only, for other features to link to: no measurements are read. */
    @Transactional(readOnly = true)
    public List<GoalRef> titles(long programId) {
        accessPolicy.require(programId, Need.READ);
        return goals.findByProgramIdOrderById(programId).stream().map(g -> new GoalRef(g.getId(), g.getTitle()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<GoalDetails> goal(long programId, long goalId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        return goals.findByIdAndProgramId(goalId, programId).map(goal -> details(program, goal));
    }

    /**
     * What changed in the program's goals since an instant, oldest first: the statuses the owners confirmed
     * and the measurements entered. For a review's agenda, which both sides read: internal notes are left out.
     */
    @Transactional(readOnly = true)
    public List<GoalChange> changesSince(long programId, java.time.Instant since) {
        accessPolicy.require(programId, Need.READ);
        var programGoals = goals.findByProgramIdOrderById(programId).stream()
                .collect(Collectors.toMap(Goal::getId, Function.identity()));
        if (programGoals.isEmpty()) {
            return List.of();
        }
        var confirmed = statusChanges
                .findByGoalIdInAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(programGoals.keySet(), since)
                .stream().map(change -> {
                    var goal = programGoals.get(change.getGoalId());
                    return new GoalChange(GoalChange.Kind.STATUS_CONFIRMED, goal.getId(), goal.getTitle(),
                            change.getStatus(), null, null, change.getReason(), change.getChangedAt(), null);
                });
        var measured = measurements.findRecordedSince(programGoals.keySet(), since).stream().map(m -> {
            var goal = programGoals.get(m.getGoalId());
            return new GoalChange(GoalChange.Kind.MEASURED, goal.getId(), goal.getTitle(), goal.getStatus(),
                    m.point().value(), goal.kpi().unit(), m.getNote(), m.getRecordedAt(), m.point().date());
        });
        return Stream.concat(confirmed, measured).sorted(Comparator.comparing(GoalChange::at)).toList();
    }

    /** Who may own a goal of this program, for the goal form. */
    @Transactional(readOnly = true)
    public GoalCandidates candidates(long programId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        return new GoalCandidates(program.supplierMembers(), program.customerMembers(), program.startDate(),
                program.targetEndDate());
    }

    public GoalDetails create(long programId, @Valid GoalDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        if (!program.canEdit()) {
            throw new AccessDeniedException("Only leads create goals in program " + programId);
        }
        validate(program, draft, null);
        var goal = new Goal(programId);
        goal.apply(draft);
        goals.saveAndFlush(goal);
        activity.record(entry(ActivityKind.GOAL_CREATED, program, goal).change(null, goal.describe()));
        return details(program, goal);
    }

    /** Saves the goal if nobody changed it since {@code expectedVersion}; else both versions come back. */
    public GoalDetails update(long programId, long goalId, long expectedVersion, @Valid GoalDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var goal = goals.findByIdAndProgramId(goalId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Goal", goalId));
        requireEditor(program, goal);
        if (goal.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(details(program, goal));
        }
        validate(program, draft, goal.kpi());
        var before = goal.describe();
        goal.apply(draft);
        goals.saveAndFlush(goal);
        if (!before.equals(goal.describe())) {
            activity.record(entry(ActivityKind.GOAL_UPDATED, program, goal).change(before, goal.describe()));
        }
        return details(program, goal);
    }

    /**
     * Adds a measurement. One on a day that already has one is added beside it, never in its place: both are
     * real readings (two shifts, two lines), both stay in the list and on the chart, and the one entered last
     * counts as the latest. The form says so before saving (decision 0027).
     */
    public GoalDetails addMeasurement(long programId, long goalId, @Valid MeasurementDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE)); // viewers do not measure
        var goal = goals.findByIdAndProgramId(goalId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Goal", goalId));
        var today = today();
        if (draft.date().isAfter(today)) {
            throw new InvalidInputException("date", "goal.error.measured-in-future");
        }
        measurementDates(program, today).require(draft.date(), "date", "goal.error.measured-range");
        if (!Bounds.withinKpiLimit(draft.value())) {
            throw new InvalidInputException("value", "goal.error.value-range");
        }
        if (goal.kpi().isShare() && !Bounds.withinShare(draft.value())) {
            throw new InvalidInputException("value", "goal.error.share-range");
        }
        var user = currentUser.require();
        var note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        measurements.save(new GoalMeasurement(goalId, draft.date(), draft.value(), note, user.id(), clock.instant()));
        activity.record(entry(ActivityKind.GOAL_MEASURED, program, goal)
                .change(null, goal.kpi().metric() + " = " + draft.value().stripTrailingZeros().toPlainString()
                        + " " + goal.kpi().unit() + " on " + draft.date()));
        return details(program, goal);
    }

    /** An owner confirms the status with a reason; what the measurements suggested is kept beside it. */
    public GoalDetails confirmStatus(long programId, long goalId, long expectedVersion, @NotNull GoalStatus status,
            @NotBlank @Size(max = 1000) String reason) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var goal = goals.findByIdAndProgramId(goalId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Goal", goalId));
        requireEditor(program, goal);
        if (goal.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(details(program, goal));
        }
        var points = pointsByGoal(List.of(goalId)).getOrDefault(goalId, List.of());
        var suggested = StatusSuggester.suggest(goal.kpi(), points, today()).map(StatusSuggestion::status)
                .orElse(null);
        var before = goal.getStatus();
        goal.confirm(status);
        goals.saveAndFlush(goal);
        statusChanges.save(new GoalStatusChange(goalId, status, suggested, reason.strip(), currentUser.require().id(),
                clock.instant()));
        activity.record(entry(ActivityKind.GOAL_STATUS_CONFIRMED, program, goal)
                .change(before.name(), status.name() + ": " + reason));
        return details(program, goal);
    }

    /** Supplier staff only; customers are refused, and the note never reaches them. */
    public GoalDetails addInternalNote(long programId, long goalId, @NotBlank @Size(max = 4000) String body) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var goal = goals.findByIdAndProgramId(goalId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Goal", goalId));
        var user = currentUser.require();
        if (!user.isSupplier()) {
            throw new AccessDeniedException("Internal notes are for supplier staff");
        }
        internalNotes.save(new GoalInternalNote(goalId, body.strip(), user.id(), clock.instant()));
        activity.record(entry(ActivityKind.GOAL_NOTE_ADDED, program, goal).supplierInternal());
        return details(program, goal);
    }

    /** The measurements as CSV: date, value, unit, note, who entered it. Never internal notes. */
    @Transactional(readOnly = true)
    public String measurementsCsv(long programId, long goalId) {
        var details = goal(programId, goalId).orElseThrow(() -> new ResourceNotFoundException("Goal", goalId));
        var kpi = details.summary().kpi();
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder()
                .setHeader("date", "metric", "value", "unit", "note", "recorded_by").get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var measurement : details.measurements().reversed()) {
                printer.printRecord(measurement.date(), SpreadsheetText.cell(kpi.metric()),
                        measurement.value().toPlainString(), SpreadsheetText.cell(kpi.unit()),
                        SpreadsheetText.cell(measurement.note()), SpreadsheetText.cell(measurement.recordedBy()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void requireEditor(ProgramDetails program, Goal goal) {
        if (!canEdit(program, goal, currentUser.require())) {
            throw new AccessDeniedException("May not edit goal " + goal.getId());
        }
    }

    private static boolean canEdit(ProgramDetails program, Goal goal, CurrentUser user) {
        var owner = user.id() == goal.getSupplierOwnerId() || user.id() == goal.getCustomerOwnerId();
        return program.canEdit() || (owner && program.canContribute());
    }

    /** The days a measurement of this program may be dated: from a year before it starts to today (decision 0033). */
    static DateRange measurementDates(ProgramDetails program, LocalDate today) {
        return Bounds.pastInProgram(program.startDate(), program.targetEndDate(), today);
    }

    /**
     * The rules a form cannot fully enforce, checked again here. A baseline or target the goal already has
     * stays valid (decision 0033).
     */
    private static void validate(ProgramDetails program, GoalDraft draft, Kpi existing) {
        if (!Bounds.withinKpiLimit(draft.baseline())
                && (existing == null || existing.baseline().compareTo(draft.baseline()) != 0)) {
            throw new InvalidInputException("baseline", "goal.error.value-range");
        }
        if (!Bounds.withinKpiLimit(draft.target())
                && (existing == null || existing.target().compareTo(draft.target()) != 0)) {
            throw new InvalidInputException("target", "goal.error.value-range");
        }
        if (draft.target().compareTo(draft.baseline()) == 0) {
            throw new InvalidInputException("target", "goal.error.target-equals-baseline");
        }
        if (draft.direction() == KpiDirection.UP && draft.target().compareTo(draft.baseline()) < 0
                || draft.direction() == KpiDirection.DOWN && draft.target().compareTo(draft.baseline()) > 0) {
            throw new InvalidInputException("target", "goal.error.target-direction");
        }
        if (draft.targetDate().isBefore(program.startDate()) || draft.targetDate().isAfter(program.targetEndDate())) {
            throw new InvalidInputException("targetDate", "goal.error.target-date-outside-program");
        }
        if (program.supplierMembers().stream().noneMatch(p -> p.id() == draft.supplierOwnerId())) {
            throw new InvalidInputException("supplierOwnerId", "goal.error.owner");
        }
        if (program.customerMembers().stream().noneMatch(p -> p.id() == draft.customerOwnerId())) {
            throw new InvalidInputException("customerOwnerId", "goal.error.owner");
        }
    }

    private static ActivityEntry entry(ActivityKind kind, ProgramDetails program, Goal goal) {
        return ActivityEntry.of(kind)
                .organization(program.customer().id())
                .program(program.id())
                .subject("goal", goal.getId(), goal.getTitle());
    }

    private Map<Long, List<MeasurementPoint>> pointsByGoal(List<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        return measurements.findForGoals(goalIds).stream().collect(Collectors.groupingBy(GoalMeasurement::getGoalId,
                Collectors.mapping(GoalMeasurement::point, Collectors.toList())));
    }

    private static Map<Long, PersonSummary> members(ProgramDetails program) {
        return Stream.concat(program.supplierMembers().stream(), program.customerMembers().stream())
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
    }

    private GoalSummary summary(Goal goal, List<MeasurementPoint> points, Map<Long, PersonSummary> people,
            LocalDate today) {
        var kpi = goal.kpi();
        // two measurements on one day are both kept: the one entered last is the latest
        var latest = points.stream().sorted(Comparator.comparing(MeasurementPoint::date)).reduce((first, second) -> second);
        var progress = latest.map(point -> progress(kpi, point.value())).orElse(0.0);
        return new GoalSummary(goal.getId(), goal.getTitle(), person(people, goal.getSupplierOwnerId()),
                person(people, goal.getCustomerOwnerId()), kpi, latest, progress, goal.getStatus(),
                StatusSuggester.suggest(kpi, points, today));
    }

    /** An owner who has left the program still shows by name. */
    private PersonSummary person(Map<Long, PersonSummary> people, long id) {
        var person = people.get(id);
        return person != null ? person : directory.person(id).orElseThrow();
    }

    static double progress(Kpi kpi, BigDecimal value) {
        var span = kpi.target().subtract(kpi.baseline());
        var done = value.subtract(kpi.baseline()).divide(span, 4, RoundingMode.HALF_UP).doubleValue();
        return Math.max(0, Math.min(1, done));
    }

    private GoalDetails details(ProgramDetails program, Goal goal) {
        var user = currentUser.require();
        var rows = measurements.findForGoals(List.of(goal.getId()));
        var history = statusChanges.findByGoalIdOrderByChangedAtDescIdDesc(goal.getId());
        var notes = user.isSupplier() ? internalNotes.findByGoalIdOrderByCreatedAtDescIdDesc(goal.getId())
                : List.<GoalInternalNote>of();
        var peopleIds = Stream.of(rows.stream().map(GoalMeasurement::getRecordedBy),
                        history.stream().map(GoalStatusChange::getChangedBy),
                        notes.stream().map(GoalInternalNote::getAuthorId))
                .flatMap(s -> s).collect(Collectors.toSet());
        var names = directory.people(peopleIds);
        Function<Long, String> name = id -> names.containsKey(id) ? names.get(id).displayName() : "";
        var summary = summary(goal, rows.stream().map(GoalMeasurement::point).toList(), members(program), today());
        var measurementViews = rows.stream()
                .map(m -> new MeasurementView(m.point().date(), m.point().value(), m.getNote(), name.apply(m.getRecordedBy()),
                        m.getRecordedAt()))
                .toList()
                .reversed(); // newest first; on one day, the one entered last first
        return new GoalDetails(program.id(), program.name(), summary, goal.getWhyItMatters(), goal.getVersion(),
                measurementViews,
                history.stream().map(h -> h.toView(name.apply(h.getChangedBy()))).toList(),
                notes.stream().map(n -> n.toView(name.apply(n.getAuthorId()))).toList(),
                new GoalPermissions(canEdit(program, goal, user), program.canContribute(), user.isSupplier()),
                measurementDates(program, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.require().timeZone()));
    }
}
