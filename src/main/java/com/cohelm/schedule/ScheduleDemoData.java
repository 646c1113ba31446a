package com.cohelm.schedule;

import com.cohelm.account.AccountDirectory;
import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.program.ProgramDirectory.ProgramRef;
import com.cohelm.security.Side;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo schedules of DESIGN.md, dated relative to today so they tell the same story whenever the
 * demo starts: Verdant's pilot line is behind, with a slip awaiting Verdant's answer, a contested slip
 * settled by a compromise, a milestone late on the customer's side, and a re-baseline proposal waiting
 * for Victor; Brightline's launch is tight and chained by dependencies; Calloway's rollout is on plan
 * after one re-baseline both sides agreed (so B0 and B1 can be compared).
 */
@Component
@Order(40)
class ScheduleDemoData implements DemoDataContributor {

    private final MilestoneRepository milestones;
    private final MilestoneDependencyRepository dependencies;
    private final MilestoneSlipRepository slips;
    private final SlipEntryRepository slipEntries;
    private final MilestoneDateChangeRepository dateChanges;
    private final RebaselineProposalRepository proposals;
    private final RebaselineItemRepository proposalItems;
    private final ScheduleBaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final ProgramDirectory programs;
    private final AccountDirectory people;
    private final Clock clock;
    private LocalDate today;
    private Instant now;

    ScheduleDemoData(MilestoneRepository milestones, MilestoneDependencyRepository dependencies,
            MilestoneSlipRepository slips, SlipEntryRepository slipEntries, MilestoneDateChangeRepository dateChanges,
            RebaselineProposalRepository proposals, RebaselineItemRepository proposalItems,
            ScheduleBaselineRepository baselines, BaselineEntryRepository baselineEntries, ProgramDirectory programs,
            AccountDirectory people, Clock clock) {
        this.milestones = milestones;
        this.dependencies = dependencies;
        this.slips = slips;
        this.slipEntries = slipEntries;
        this.dateChanges = dateChanges;
        this.proposals = proposals;
        this.proposalItems = proposalItems;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.programs = programs;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        today = LocalDate.now(clock);
        now = clock.instant();
        verdant(programs.byName("Clean-tech pilot line").orElseThrow());
        brightline(programs.byName("Production test firmware for the holiday launch").orElseThrow());
        calloway(programs.byName("Workshop systems rollout").orElseThrow());
    }

    private void verdant(ProgramRef program) {
        var controller = milestone(program, "Cell controller installed on the pilot line",
                "Our cell controller wired, configured and talking to Verdant's MES.", OwnerSide.SUPPLIER,
                "sam@northwind.example", -30, 100);
        var shift = milestone(program, "First full shift on our systems",
                "Eight hours of production on the pilot line with our test systems in the loop.", OwnerSide.JOINT,
                "victor@verdant.example", 7, 90);
        var export = milestone(program, "Yield data export format agreed",
                "Verdant's data team signs off the export format the dashboards read.", OwnerSide.CUSTOMER,
                "greta@verdant.example", -20, 80);
        var training = milestone(program, "Operators trained",
                "Every pilot line operator ran the test station on their own.", OwnerSide.SUPPLIER,
                "sam@northwind.example", -45, 100);
        var decision = milestone(program, "Go / no-go for the production line",
                "Both sides present the shift data; Verdant decides on the production line.", OwnerSide.JOINT,
                "victor@verdant.example", 50, 100);
        dependsOn(shift, controller);
        dependsOn(decision, shift, export);
        dependsOn(decision, training);
        firstBaseline(program, 100, controller, shift, export, training, decision);
        done(training, today.minusDays(47), "sam@northwind.example", 46);

        var contested = slip(controller, today.plusDays(14), SlipCause.SUPPLIER,
                "The controller boards arrived six weeks late from our contract manufacturer.",
                "Boards now on site; a second assembly shift finishes the wiring in two weeks.",
                "sam@northwind.example", 40);
        entry(contested, SlipEntryKind.CONTESTED, "Six weeks is too much: our shift planning for the pilot is "
                + "already booked. What can you pull in?", "victor@verdant.example", 38);
        entry(contested, SlipEntryKind.REPLY, "We can add a second test station if your fixtures arrive a "
                + "week earlier than planned.", "sam@northwind.example", 37);
        settle(contested, "We add a second test station, you deliver fixtures a week early; the first full "
                + "shift moves five weeks, not six.", "victor@verdant.example", 35);
        slip(shift, today.plusDays(35), SlipCause.SUPPLIER,
                "The first full shift needs the cell controller, which moved to the week after next.",
                "Second test station in place from day one of the shift; Sam on site for the first week.",
                "sam@northwind.example", 3);

        var proposal = proposals.save(new RebaselineProposal(program.id(),
                "The controller slip moves the first shift and the decision; we propose new baselines both sides "
                        + "can hold us to.", person("sam@northwind.example"), Side.SUPPLIER, ago(2)));
        proposalItems.saveAll(List.of(
                new RebaselineItem(proposal.getId(), shift.getId(), shift.getBaselineDate(), today.plusDays(35)),
                new RebaselineItem(proposal.getId(), decision.getId(), decision.getBaselineDate(), today.plusDays(60))));
    }

    private void brightline(ProgramRef program) {
        var fixtureDesign = milestone(program, "Fixture design frozen",
                "Brightline's fixture interface is final; no change after this without a re-baseline.",
                OwnerSide.CUSTOMER, "ben@brightline.example", -32, 60);
        var releaseCandidate = milestone(program, "Firmware release candidate",
                "Test firmware feature-complete for the launch product, on the line's test stations.",
                OwnerSide.SUPPLIER, "tomas@northwind.example", 6, 55);
        var fixtures = milestone(program, "Fixtures delivered to the line",
                "All twelve fixtures on the launch line, calibrated.", OwnerSide.CUSTOMER,
                "ben@brightline.example", 10, 55);
        var validation = milestone(program, "Line validation run",
                "A full validation lot through the line: yield and test time measured by both teams.",
                OwnerSide.JOINT, "bea@brightline.example", 20, 55);
        var launch = milestone(program, "Launch build starts", "The first holiday-season units leave the line.",
                OwnerSide.JOINT, "sam@northwind.example", 45, 55);
        dependsOn(releaseCandidate, fixtureDesign);
        dependsOn(fixtures, fixtureDesign);
        dependsOn(validation, releaseCandidate, fixtures);
        dependsOn(launch, validation);
        firstBaseline(program, 60, fixtureDesign, releaseCandidate, fixtures, validation, launch);
        done(fixtureDesign, today.minusDays(30), "ben@brightline.example", 30);
        plan(fixtures, today.plusDays(9), "ben@brightline.example", 12);
        var slip = slip(releaseCandidate, today.plusDays(9), SlipCause.SCOPE_CHANGE,
                "The fixture interface gained two test points after the design review.",
                "Tomás covers the new test points first; the validation run keeps its date because fixtures "
                        + "arrive a day early.", "tomas@northwind.example", 20);
        entry(slip, SlipEntryKind.ACKNOWLEDGED, "Our change, and three days is fair.", "bea@brightline.example", 19);
        slip.respond(SlipState.ACKNOWLEDGED);
        slips.save(slip);
    }

    private void calloway(ProgramRef program) {
        var pilots = milestone(program, "Pilot workshops diagnosing", "Three pilot workshops on the new systems.",
                OwnerSide.SUPPLIER, "priya@northwind.example", -150, 240);
        var trainingWave = milestone(program, "Technicians trained, wave one",
                "Technicians of the first twenty workshops trained.", OwnerSide.CUSTOMER, "maya@calloway.example",
                -60, 240);
        var twenty = milestone(program, "Twenty workshops live", "Half the network diagnosing with the new systems.",
                OwnerSide.SUPPLIER, "priya@northwind.example", 10, 240);
        var all = milestone(program, "All 40 workshops live", "The whole network on the new systems.",
                OwnerSide.JOINT, "carl@calloway.example", 80, 240);
        dependsOn(twenty, pilots, trainingWave);
        dependsOn(all, twenty);
        firstBaseline(program, 240, pilots, trainingWave, twenty, all);
        done(pilots, today.minusDays(152), "priya@northwind.example", 152);
        done(trainingWave, today.minusDays(60), "maya@calloway.example", 60);

        var proposal = proposals.save(new RebaselineProposal(program.id(),
                "Calloway added eight workshops in the north region; the last wave needs three more weeks.",
                person("priya@northwind.example"), Side.SUPPLIER, ago(75)));
        proposalItems.save(new RebaselineItem(proposal.getId(), all.getId(), all.getBaselineDate(), today.plusDays(100)));
        proposal.decide(ProposalState.ACCEPTED, person("carl@calloway.example"),
                "Our scope change; the new date is fair.", ago(73));
        proposals.save(proposal);
        var previous = all.getBaselineDate();
        all.rebaseline(today.plusDays(100), ago(73));
        all.plan(today.plusDays(100), ago(73));
        milestones.save(all);
        dateChanges.save(new MilestoneDateChange(all.getId(), DateChangeField.BASELINE, previous, today.plusDays(100),
                null, proposal.getReason(), null, person("carl@calloway.example"), ago(73)));
        dateChanges.save(new MilestoneDateChange(all.getId(), DateChangeField.PLANNED, previous, today.plusDays(100),
                null, null, null, person("priya@northwind.example"), ago(73)));
        var version = baselines.save(new ScheduleBaseline(program.id(), 1, proposal.getId(), ago(73)));
        baselineEntries.saveAll(List.of(pilots, trainingWave, twenty, all).stream()
                .map(m -> new BaselineEntry(version.getId(), m.getId(), m.getBaselineDate())).toList());
    }

    private Milestone milestone(ProgramRef program, String title, String description, OwnerSide side, String owner,
            int baselineInDays, int createdDaysAgo) {
        var baseline = today.plusDays(baselineInDays);
        var milestone = new Milestone(program.id(), baseline, baseline, ago(createdDaysAgo));
        milestone.describeAs(title, description, side, person(owner), ago(createdDaysAgo));
        milestones.save(milestone);
        dateChanges.save(new MilestoneDateChange(milestone.getId(), DateChangeField.CREATED, null, baseline, null,
                null, null, person(owner), ago(createdDaysAgo)));
        return milestone;
    }

    private void dependsOn(Milestone milestone, Milestone... predecessors) {
        for (var predecessor : predecessors) {
            dependencies.save(new MilestoneDependency(milestone.getId(), predecessor.getId()));
        }
    }

    private void firstBaseline(ProgramRef program, int daysAgo, Milestone... all) {
        var version = baselines.save(new ScheduleBaseline(program.id(), 0, null, ago(daysAgo)));
        var entries = new ArrayList<BaselineEntry>();
        for (var milestone : all) {
            entries.add(new BaselineEntry(version.getId(), milestone.getId(), milestone.getBaselineDate()));
        }
        baselineEntries.saveAll(entries);
    }

    private void done(Milestone milestone, LocalDate date, String by, int daysAgo) {
        milestone.markDone(date, ago(daysAgo));
        milestones.save(milestone);
        dateChanges.save(new MilestoneDateChange(milestone.getId(), DateChangeField.DONE, milestone.getPlannedDate(),
                date, null, null, null, person(by), ago(daysAgo)));
    }

    private void plan(Milestone milestone, LocalDate date, String by, int daysAgo) {
        var previous = milestone.getPlannedDate();
        milestone.plan(date, ago(daysAgo));
        milestones.save(milestone);
        dateChanges.save(new MilestoneDateChange(milestone.getId(), DateChangeField.PLANNED, previous, date, null,
                null, null, person(by), ago(daysAgo)));
    }

    private MilestoneSlip slip(Milestone milestone, LocalDate to, SlipCause cause, String explanation,
            String recoveryPlan, String by, int daysAgo) {
        var previous = milestone.getPlannedDate();
        var reporter = people.personByEmail(by).orElseThrow();
        var slip = slips.save(new MilestoneSlip(milestone.getId(), previous, to,
                new SlipReport(cause, explanation, recoveryPlan), reporter.id(), reporter.side(), ago(daysAgo)));
        milestone.plan(to, ago(daysAgo));
        milestones.save(milestone);
        dateChanges.save(new MilestoneDateChange(milestone.getId(), DateChangeField.PLANNED, previous, to, cause,
                explanation, slip.getId(), reporter.id(), ago(daysAgo)));
        return slip;
    }

    private void entry(MilestoneSlip slip, SlipEntryKind kind, String body, String by, int daysAgo) {
        var author = people.personByEmail(by).orElseThrow();
        slipEntries.save(new SlipEntry(slip.getId(), kind, body, author.id(), author.side(), ago(daysAgo)));
        if (kind == SlipEntryKind.CONTESTED) {
            slip.respond(SlipState.CONTESTED);
            slips.save(slip);
        }
    }

    private void settle(MilestoneSlip slip, String compromise, String by, int daysAgo) {
        entry(slip, SlipEntryKind.COMPROMISE, compromise, by, daysAgo);
        slip.settle(compromise);
        slips.save(slip);
    }

    private Instant ago(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private long person(String email) {
        return people.personByEmail(email).orElseThrow().id();
    }
}
