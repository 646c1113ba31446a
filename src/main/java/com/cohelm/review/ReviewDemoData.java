package com.cohelm.review;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.base.demo.DemoSignIn;
import com.cohelm.program.ProgramDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A closed review two weeks ago in each demo program, with minutes, decisions agreed by both sides and
 * action items in the plan, signed off by both leads; and Brightline's next review in three days, its
 * agenda built from what changed since. Made through the review services as the people who would have
 * done it (so every rule and activity event applies), then dated back to the meeting with SQL; the record a
 * closed review keeps of its data is then taken again as of the meeting, so that it holds what was true then
 * (not the measurements the demo dates after it).
 */
@Component
@Order(80)
class ReviewDemoData implements DemoDataContributor {

    private final ReviewService reviews;
    private final ReviewMeetingService meetings;
    private final ReviewClosingService closing;
    private final ReviewSnapshots snapshots;
    private final ProgramDirectory programs;
    private final AccountDirectory people;
    private final DemoSignIn signIn;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewDemoData(ReviewService reviews, ReviewMeetingService meetings, ReviewClosingService closing,
            ReviewSnapshots snapshots, ProgramDirectory programs, AccountDirectory people, DemoSignIn signIn,
            JdbcClient jdbc, Clock clock) {
        this.reviews = reviews;
        this.meetings = meetings;
        this.closing = closing;
        this.snapshots = snapshots;
        this.programs = programs;
        this.people = people;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Meeting(String program, String title, String supplierLead, String customerLead,
            List<String> attendees, String topic, String note, String decision, String supplierAction,
            String customerAction) {
    }

    @Override
    public void contribute() {
        var previous = SecurityContextHolder.getContext();
        try {
            past(new Meeting("Production test firmware for the holiday launch", "October joint review",
                    "sam@northwind.example", "bea@brightline.example",
                    List.of("sam@northwind.example", "tomas@northwind.example", "bea@brightline.example",
                            "ben@brightline.example"),
                    "Launch build readiness",
                    "Yield on line 2 is at **96.8 %** after the fixture swap. Line 1 still retests too often:\n\n"
                            + "- retest reasons are logged from firmware 3.1\n- Ben shares the fixture drawings",
                    "Freeze the test firmware at 3.2 for the launch build",
                    "Publish the retest report with failure codes", "Send the calibrated fixture drawings for line 1"));
            past(new Meeting("Clean-tech pilot line", "Pilot line recovery review",
                    "sam@northwind.example", "victor@verdant.example",
                    List.of("sam@northwind.example", "victor@verdant.example", "greta@verdant.example"),
                    "Recovery plan for the controller delay",
                    "The cell controller arrives late; the recovery plan adds a second test station. Verdant asks "
                            + "for the re-baseline to be **proposed formally**.",
                    "Propose a re-baseline of the pilot milestones by the next review",
                    "Draft the re-baseline proposal", "Confirm the controller delivery date with the vendor"));
            past(new Meeting("Workshop systems rollout", "Quarterly business review",
                    "priya@northwind.example", "carl@calloway.example",
                    List.of("priya@northwind.example", "tomas@northwind.example", "carl@calloway.example",
                            "maya@calloway.example"),
                    "Rollout wave 3",
                    "Technicians rate the new systems **8.6/10**. Wave 3 covers the 12 northern workshops.",
                    "Start wave 3 in the northern workshops next month",
                    "Schedule technician training for wave 3", "Name a champion in each northern workshop"));
            upcoming();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void past(Meeting meeting) {
        var program = programs.byName(meeting.program()).orElseThrow();
        var startsAt = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(14).atTime(14, 0)
                .toInstant(ZoneOffset.UTC);
        var review = as(meeting.supplierLead(), () -> reviews.schedule(program.id(),
                new ReviewDraft(meeting.title(), startsAt, 60, "Video call", ids(meeting.attendees()))));
        var item = as(meeting.supplierLead(), () -> reviews.addCustomItem(review.id(), meeting.topic(), null))
                .agenda().getLast().id();
        as(meeting.supplierLead(), () -> {
            meetings.show(review.id(), item);
            meetings.addNote(review.id(), item, meeting.note());
            return null;
        });
        as(meeting.customerLead(), () -> {
            meetings.recordDecision(review.id(), item, new DecisionDraft(meeting.decision(),
                    person(meeting.supplierLead()).id(), person(meeting.customerLead()).id()));
            var due = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(10);
            meetings.addAction(review.id(), item, new ReviewActionDraft(meeting.supplierAction(),
                    person(meeting.supplierLead()).id(), due));
            meetings.addAction(review.id(), item, new ReviewActionDraft(meeting.customerAction(),
                    person(meeting.customerLead()).id(), due.plusDays(4)));
            return null;
        });
        as(meeting.supplierLead(), () -> closing.signOff(review.id()));
        as(meeting.customerLead(), () -> closing.signOff(review.id()));
        var closedAt = backdate(review.id(), startsAt);
        as(meeting.customerLead(), () -> {
            var closed = reviews.review(review.id()).orElseThrow();
            snapshots.take(review.id(), program.id(), closed.agenda(), clock.instant(), closedAt);
            return null;
        });
    }

    private void upcoming() {
        var program = programs.byName("Production test firmware for the holiday launch").orElseThrow();
        var startsAt = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(3).atTime(15, 0)
                .toInstant(ZoneOffset.UTC);
        var review = as("sam@northwind.example", () -> reviews.schedule(program.id(), new ReviewDraft(
                "November joint review", startsAt, 90, "Brightline HQ, room Aurora, and video",
                ids(List.of("sam@northwind.example", "tomas@northwind.example", "bea@brightline.example",
                        "ben@brightline.example", "olivia@brightline.example")))));
        as("bea@brightline.example", () -> reviews.addCustomItem(review.id(), "Holiday ramp staffing",
                "Who is on call during the **holiday ramp**, on both sides?"));
    }

    /** The meeting happened two weeks ago: its minutes and sign-offs carry the meeting's times; returns its closing. */
    private Instant backdate(long reviewId, Instant startsAt) {
        var during = Timestamp.from(startsAt.plus(Duration.ofMinutes(40)));
        var after = Timestamp.from(startsAt.plus(Duration.ofMinutes(70)));
        var created = Timestamp.from(startsAt.minus(Duration.ofDays(7)));
        jdbc.sql("update review set created_at = ?, updated_at = ?, supplier_signed_at = ?, customer_signed_at = ?,"
                + " closed_at = ? where id = ?").params(created, after, after, after, after, reviewId).update();
        jdbc.sql("update review_item set created_at = ? where review_id = ?").params(created, reviewId).update();
        jdbc.sql("update review_note set created_at = ? where review_id = ?").params(during, reviewId).update();
        jdbc.sql("update review_decision set recorded_at = ? where review_id = ?").params(during, reviewId).update();
        jdbc.sql("update review set agenda_frozen_at = ? where id = ?").params(Timestamp.from(startsAt), reviewId).update();
        return after.toInstant();
    }

    private Set<Long> ids(List<String> emails) {
        return emails.stream().map(e -> person(e).id()).collect(Collectors.toSet());
    }

    private PersonSummary person(String email) {
        return people.personByEmail(email).orElseThrow();
    }

    /** Runs as a demo person, the way their signed-in session would. */
    private <T> T as(String email, Supplier<T> work) {
        return signIn.as(email, work);
    }
}
