package com.cohelm.goal;

import com.cohelm.account.AccountDirectory;
import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.program.ProgramDirectory.ProgramRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Goals for the demo programs whose measurements show every suggested status: on track, at risk, off
 * track and achieved. One Verdant goal is still confirmed "on track" while its measurements say "at
 * risk", as happens when nobody looked for a while.
 */
@Component
@Order(30)
class GoalDemoData implements DemoDataContributor {

    private static final int MEASUREMENTS = 6;
    private static final int DAYS_BETWEEN = 14;

    private final GoalRepository goals;
    private final GoalMeasurementRepository measurements;
    private final GoalStatusChangeRepository statusChanges;
    private final GoalInternalNoteRepository internalNotes;
    private final ProgramDirectory programs;
    private final AccountDirectory people;
    private final Clock clock;

    GoalDemoData(GoalRepository goals, GoalMeasurementRepository measurements,
            GoalStatusChangeRepository statusChanges, GoalInternalNoteRepository internalNotes,
            ProgramDirectory programs, AccountDirectory people, Clock clock) {
        this.goals = goals;
        this.measurements = measurements;
        this.statusChanges = statusChanges;
        this.internalNotes = internalNotes;
        this.programs = programs;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        var brightline = programs.byName("Production test firmware for the holiday launch").orElseThrow();
        var verdant = programs.byName("Clean-tech pilot line").orElseThrow();
        var calloway = programs.byName("Workshop systems rollout").orElseThrow();

        var yield = goal(brightline, "First-pass yield on the launch line",
                "Every unit that fails first pass costs Brightline a retest slot the launch cannot spare.",
                "First-pass yield", "%", "92", "98", KpiDirection.UP, brightline.targetEndDate(), "99.1",
                GoalStatus.ON_TRACK);
        confirm(yield, GoalStatus.ON_TRACK, "Yield climbs every week since the fixture fix; both teams agree.",
                "bea@brightline.example");
        var testTime = goalWithValues(brightline, "Test time per unit under 40 seconds",
                "The line's takt time leaves 40 seconds for test; anything above stops the belt.",
                "Test time per unit", "s", "55", "40", KpiDirection.DOWN, brightline.targetEndDate(),
                new String[] {"55", "51", "47", "44", "41.5", "39.2"}, GoalStatus.ACHIEVED);
        confirm(testTime, GoalStatus.ACHIEVED, "Parallel flashing brought us under 40 s on the last two builds.",
                "sam@northwind.example");

        var shifts = goal(verdant, "Pilot line runs a full shift on our systems",
                "Verdant decides on the production line only with a full shift of data.",
                "Hours per day on our systems", "h", "2", "8", KpiDirection.UP, verdant.targetEndDate(), "4.5",
                GoalStatus.OFF_TRACK);
        confirm(shifts, GoalStatus.OFF_TRACK, "Cell controller delivery slipped; recovery plan agreed with Victor.",
                "victor@verdant.example");
        var completeness = goal(verdant, "Complete yield data for every run",
                "Gaps in the yield data hide the defects both teams are hunting.",
                "Runs with complete yield data", "%", "60", "95", KpiDirection.UP, verdant.targetEndDate(), "93.2",
                GoalStatus.ON_TRACK);
        internalNotes.save(new GoalInternalNote(completeness.getId(),
                "Their data engineer leaves in January; push for the export format before then.",
                person("sam@northwind.example"), clock.instant()));

        goal(calloway, "Workshops diagnosing with the new systems",
                "All 40 workshops must diagnose with the new systems before the old licences lapse.",
                "Workshops live", "workshops", "0", "40", KpiDirection.UP, calloway.targetEndDate(), "42",
                GoalStatus.ON_TRACK);
        var satisfaction = goalWithValues(calloway, "Technicians rate the new systems better",
                "Technicians who like their tools use them; the old ones scored 3.1 of 5.",
                "Technician satisfaction", "of 5", "3.1", "4.2", KpiDirection.UP, calloway.targetEndDate(),
                new String[] {"3.1", "3.4", "3.7", "3.9", "4.1", "4.3"}, GoalStatus.ACHIEVED);
        confirm(satisfaction, GoalStatus.ACHIEVED, "Quarterly survey: 4.3 of 5 across 212 technicians.",
                "carl@calloway.example");
    }

    /** A goal whose six measurements lie on a line that reaches {@code projected} on the target date. */
    private Goal goal(ProgramRef program, String title, String why, String metric, String unit, String baseline,
            String target, KpiDirection direction, LocalDate targetDate, String projected, GoalStatus status) {
        var today = LocalDate.now(clock);
        var first = today.minusDays((long) DAYS_BETWEEN * (MEASUREMENTS - 1));
        var span = ChronoUnit.DAYS.between(first, targetDate);
        var start = new BigDecimal(baseline);
        var slope = new BigDecimal(projected).subtract(start).divide(BigDecimal.valueOf(span), 10, RoundingMode.HALF_UP);
        var values = new String[MEASUREMENTS];
        for (int i = 0; i < MEASUREMENTS; i++) {
            values[i] = start.add(slope.multiply(BigDecimal.valueOf((long) i * DAYS_BETWEEN)))
                    .setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        return goalWithValues(program, title, why, metric, unit, baseline, target, direction, targetDate, values, status);
    }

    private Goal goalWithValues(ProgramRef program, String title, String why, String metric, String unit,
            String baseline, String target, KpiDirection direction, LocalDate targetDate, String[] values,
            GoalStatus status) {
        var goal = new Goal(program.id());
        goal.apply(new GoalDraft(title, why, metric, unit, new BigDecimal(baseline), new BigDecimal(target), direction,
                targetDate, program.supplierLeadId(), program.customerLeadId()));
        goal.confirm(status);
        goals.save(goal);
        var today = LocalDate.now(clock);
        for (int i = 0; i < values.length; i++) {
            var recorder = i % 2 == 0 ? program.customerLeadId() : program.supplierLeadId();
            measurements.save(new GoalMeasurement(goal.getId(),
                    today.minusDays((long) DAYS_BETWEEN * (values.length - 1 - i)), new BigDecimal(values[i]), null,
                    recorder, clock.instant()));
        }
        return goal;
    }

    private void confirm(Goal goal, GoalStatus status, String reason, String email) {
        statusChanges.save(new GoalStatusChange(goal.getId(), status, status, reason, person(email), clock.instant()));
    }

    private long person(String email) {
        return people.personByEmail(email).orElseThrow().id();
    }
}
