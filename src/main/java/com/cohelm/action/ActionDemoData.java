package com.cohelm.action;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.program.ProgramDirectory.ProgramRef;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programs' action plans, with dates relative to now so that "overdue" stays true whenever
 * the demo starts. Brightline answers the supplier's questions within hours while the supplier takes
 * days; at Verdant it is the other way round, and a question to Victor is overdue; at Calloway both
 * sides answer within a day. Each program also has open questions, overdue, blocked, in-progress and
 * closed actions on both sides.
 */
@Component
@Order(50)
class ActionDemoData implements DemoDataContributor {

    private final ActionItemRepository items;
    private final ProgramDirectory programs;
    private final AccountDirectory people;
    private final Clock clock;

    ActionDemoData(ActionItemRepository items, ProgramDirectory programs, AccountDirectory people, Clock clock) {
        this.items = items;
        this.programs = programs;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        brightline(programs.byName("Production test firmware for the holiday launch").orElseThrow());
        verdant(programs.byName("Clean-tech pilot line").orElseThrow());
        calloway(programs.byName("Workshop systems rollout").orElseThrow());
    }

    private void brightline(ProgramRef program) {
        var sam = "sam@northwind.example";
        var tomas = "tomas@northwind.example";
        var bea = "bea@brightline.example";
        var ben = "ben@brightline.example";
        // The supplier asks, Brightline answers within hours.
        answered(question(program, "Which test fixtures does line 2 use?", sam, ben, 40, 3),
                "The FX-200 bed of nails, two of them; drawings are in the shared folder.", hours(3));
        answered(question(program, "Can we flash over the USB port instead of JTAG?", tomas, bea, 30, 2),
                "Yes, USB is enabled on every production board from build 14.", hours(6));
        answered(question(program, "Who signs off the golden unit?", sam, bea, 21, 2),
                "I do, with Ben as backup.", hours(20));
        answered(question(program, "How many stations run in parallel at peak?", tomas, ben, 12, 2),
                "Six stations, eight during the holiday ramp.", hours(2));
        question(program, "Please confirm the launch build date", sam, bea, 1, 3);
        // Brightline asks, the supplier takes days.
        answered(question(program, "When will the retest report include the failure codes?", bea, sam, 35, 3),
                "From the next release, in two weeks.", days(4));
        answered(question(program, "Can the firmware log the station id?", ben, tomas, 18, 4),
                "Yes, from version 3.2.", days(3));
        question(program, "What is the rollback plan if 3.2 fails on the line?", bea, sam, 9, 3);
        // Actions on both sides
        action(program, "Send the calibrated fixture drawings", ben, bea, 15, 5, ActionStatus.IN_PROGRESS, null);
        action(program, "Parallel flashing on all six stations", tomas, sam, 20, 14, ActionStatus.OPEN, null);
        action(program, "Station log upload to the MES", sam, sam, 10, 7, ActionStatus.BLOCKED,
                "Brightline's MES credentials for the test network");
        closed(action(program, "Share the line layout", bea, sam, 50, 10, ActionStatus.OPEN, null), days(2));
    }

    private void verdant(ProgramRef program) {
        var sam = "sam@northwind.example";
        var victor = "victor@verdant.example";
        var greta = "greta@verdant.example";
        // The supplier asks, Verdant takes a week.
        answered(question(program, "Which cell controller revision ships with the pilot line?", sam, victor, 45, 5),
                "Revision C, but only from the second batch.", days(8));
        answered(question(program, "Can we get remote access to the pilot line PCs?", sam, greta, 30, 3),
                "Approved by IT, with a VPN account per engineer.", days(5));
        question(program, "Please send the yield data export format", sam, victor, 20, 10);
        // Verdant asks, the supplier answers the next day.
        answered(question(program, "Does the test system support 400 V packs?", victor, sam, 25, 3),
                "Yes, with the HV option we install next week.", hours(20));
        answered(question(program, "Can the recovery plan start before the controller arrives?", greta, sam, 8, 2),
                "Yes: we start with the simulator and swap in the controller when it lands.", hours(30));
        question(program, "When does the second shift get trained?", victor, sam, 2, 5);
        // Actions on both sides
        action(program, "Deliver the cell controller specification", victor, sam, 40, 25, ActionStatus.OPEN, null);
        action(program, "Install the HV option on station 1", sam, victor, 12, 6, ActionStatus.BLOCKED,
                "The cell controller from Verdant's vendor");
        action(program, "Train the second shift on the new stations", sam, greta, 5, 14, ActionStatus.OPEN, null);
        closed(action(program, "Agree the recovery plan", greta, sam, 14, 3, ActionStatus.OPEN, null), days(4));
    }

    private void calloway(ProgramRef program) {
        var priya = "priya@northwind.example";
        var tomas = "tomas@northwind.example";
        var carl = "carl@calloway.example";
        var maya = "maya@calloway.example";
        answered(question(program, "Which workshops go live next month?", priya, maya, 20, 2),
                "Leeds, York and Hull.", hours(5));
        answered(question(program, "Can technicians keep the old scanners for a month?", tomas, carl, 10, 2),
                "Yes, until the licences lapse.", hours(9));
        answered(question(program, "Can the dashboard show each workshop's uptime?", carl, priya, 15, 2),
                "Yes, it is on the dashboard from today.", hours(12));
        answered(question(program, "Is there a French manual for the diagnostic tool?", maya, tomas, 6, 2),
                "Yes, in the help menu.", hours(4));
        question(program, "Please share the Q3 rollout calendar", carl, priya, 1, 4);
        action(program, "Roll out to the last 8 workshops", priya, carl, 30, 20, ActionStatus.IN_PROGRESS, null);
        action(program, "Collect the technician survey", maya, priya, 7, 10, ActionStatus.OPEN, null);
        closed(action(program, "Renew the diagnostic licences", carl, priya, 25, 5, ActionStatus.OPEN, null), days(3));
    }

    /** A question asked {@code daysAgo} by {@code asker} to {@code assignee}, due {@code dueInDays} after it was asked. */
    private ActionItem question(ProgramRef program, String title, String asker, String assignee, int daysAgo,
            int dueInDays) {
        return save(program, title, asker, assignee, daysAgo, dueInDays, true, ActionStatus.OPEN, null);
    }

    private ActionItem action(ProgramRef program, String title, String assignee, String creator, int daysAgo,
            int dueInDays, ActionStatus status, String blockedOn) {
        return save(program, title, creator, assignee, daysAgo, dueInDays, false, status, blockedOn);
    }

    private ActionItem save(ProgramRef program, String title, String creatorEmail, String assigneeEmail, int daysAgo,
            int dueInDays, boolean question, ActionStatus status, String blockedOn) {
        var createdAt = clock.instant().minus(Duration.ofDays(daysAgo));
        var due = LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(dueInDays);
        var assignee = person(assigneeEmail);
        var item = new ActionItem(program.id(), question, ActionOrigin.MANUAL, null, person(creatorEmail).id(),
                createdAt);
        item.describeWork(title, null, due, createdAt);
        item.assign(assignee.id(), assignee.side(), createdAt);
        item.changeStatus(status, blockedOn, createdAt);
        return items.save(item);
    }

    /** The question's assignee answered it {@code after} it was asked. */
    private void answered(ActionItem question, String answer, Duration after) {
        question.answer(answer, question.getAssigneeId(), question.getCreatedAt().plus(after));
        items.save(question);
    }

    private void closed(ActionItem item, Duration after) {
        item.changeStatus(ActionStatus.DONE, null, item.getCreatedAt().plus(after));
        items.save(item);
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    private PersonSummary person(String email) {
        return people.personByEmail(email).orElseThrow();
    }
}
