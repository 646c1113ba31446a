package com.cohelm.notification;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PersonSummary;
import com.cohelm.action.MyActions;
import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.base.demo.DemoSignIn;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.program.ProgramService;
import com.cohelm.review.ReviewService;
import com.cohelm.schedule.AwaitedDecision;
import com.cohelm.schedule.MilestoneFilter;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.schedule.SlipEntryKind;
import com.cohelm.schedule.SlipView;
import com.cohelm.security.CurrentUserService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifications the demo's history would have made. The other features write their demo data straight
 * into their tables, as if it had happened days or weeks ago, so no event was published and nobody was
 * told: Victor's pending re-baseline, the slips waiting for an answer, the contested and acknowledged
 * slips, the revealed pulses. This reads that history through the same services a person uses, signed in
 * as each demo person, and makes each notification at the moment its event happened (decision 0026):
 * unread when it is recent or still waits on its recipient, read when it is old news. Nothing is mailed
 * (the application is not ready yet, see {@link NotificationCenter}).
 */
@Component
@Order(96)
class NotificationDemoHistory implements DemoDataContributor {

    /** News older than this was read long ago; what still waits on its recipient stays unread this long. */
    static final Duration OLD_NEWS = Duration.ofDays(7);
    static final Duration STILL_WAITING = Duration.ofDays(14);
    private static final String READER_OF_EVERYTHING = "admin@northwind.example";
    private static final int ALL = 200;

    private final NotificationCenter center;
    private final AccountDirectory people;
    private final DemoSignIn signIn;
    private final CurrentUserService currentUser;
    private final ProgramService programService;
    private final MyActions myActions;
    private final ScheduleQueries schedule;
    private final ReviewService reviews;
    private final FeedbackService feedback;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationDemoHistory(NotificationCenter center, AccountDirectory people, DemoSignIn signIn,
            CurrentUserService currentUser, ProgramService programService, MyActions myActions,
            ScheduleQueries schedule, ReviewService reviews, FeedbackService feedback, JdbcClient jdbc, Clock clock) {
        this.center = center;
        this.people = people;
        this.signIn = signIn;
        this.currentUser = currentUser;
        this.programService = programService;
        this.myActions = myActions;
        this.schedule = schedule;
        this.reviews = reviews;
        this.feedback = feedback;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        for (var person : everyone()) {
            signIn.as(person.email(), () -> {
                whatWaitsOnMe(person.id());
                return null;
            });
        }
        signIn.as(READER_OF_EVERYTHING, () -> {
            for (var program : programService.visibleProgramNames().entrySet()) {
                answeredSlips(program.getKey(), program.getValue());
                revealedPulses(program.getKey(), program.getValue());
            }
            return null;
        });
    }

    private List<PersonSummary> everyone() {
        var organizations = new ArrayList<OrganizationSummary>();
        people.supplier().ifPresent(organizations::add);
        organizations.addAll(people.activeCustomers());
        return organizations.stream().flatMap(o -> people.enabledPeopleOf(o.id()).stream()).toList();
    }

    /** What the digest and the home page list as waiting on this person, each as the news that started it. */
    private void whatWaitsOnMe(long me) {
        var zone = currentUser.require().timeZone();
        var mine = myActions.home(List.of(), ALL);
        for (var question : mine.myQuestions()) {
            make(NotificationKind.QUESTION_WAITING, question.programId(), question.programName(), question.title(),
                    question.askedBy().id(), question.askedBy().displayName(), "programs/" + question.programId() + "/actions?item=" + question.id(),
                    null, me, question.createdAt(), true);
        }
        for (var item : mine.myActions()) {
            if (item.overdue()) {
                make(NotificationKind.ACTION_OVERDUE, item.programId(), item.programName(), item.title(), null, null,
                        "programs/" + item.programId() + "/actions?item=" + item.id(),
                        WaitingReminderJob.overdueKey(item.id(), item.dueDate()), me,
                        item.dueDate().plusDays(1).atStartOfDay(zone).toInstant(), true);
            }
        }
        for (var decision : schedule.awaitingMe(ALL)) {
            if (decision.kind() == AwaitedDecision.Kind.REBASELINE) {
                var proposer = schedule.overview(decision.programId()).pendingProposal()
                        .map(p -> p.proposedBy()).orElse(null);
                make(NotificationKind.REBASELINE_AWAITING, decision.programId(), decision.programName(),
                        decision.title(), null, proposer, "programs/" + decision.programId() + "/schedule", null, me,
                        decision.since(), true);
            } else {
                var reporter = schedule.milestone(decision.programId(), decision.milestoneId()).stream()
                        .flatMap(m -> m.slips().stream()).filter(s -> s.id() == decision.id())
                        .map(SlipView::reportedBy).findFirst().orElse(null);
                make(NotificationKind.SLIP_TO_ANSWER, decision.programId(), decision.programName(), decision.title(),
                        null, reporter, "programs/" + decision.programId() + "/schedule/" + decision.milestoneId(),
                        null, me, decision.since(), true);
            }
        }
        for (var review : reviews.awaitingMySignOff(ALL)) {
            make(NotificationKind.SIGN_OFF_DUE, review.programId(), review.programName(), review.title(), null, null,
                    "reviews/" + review.reviewId(), WaitingReminderJob.signOffKey(review.reviewId()), me,
                    review.startsAt(), true);
        }
    }

    /** Whoever reported a slip and whoever owns its milestone heard of the other side's answer. */
    private void answeredSlips(long programId, String programName) {
        var program = programService.find(programId).orElseThrow();
        var members = Stream.concat(program.supplierMembers().stream(), program.customerMembers().stream()).toList();
        for (var row : schedule.milestones(programId, MilestoneFilter.all(), PageRequest.of(0, ALL))) {
            var details = schedule.milestone(programId, row.id()).orElseThrow();
            for (var slip : details.slips()) {
                var reporter = members.stream().filter(p -> p.side() == slip.reportedSide()
                        && p.displayName().equals(slip.reportedBy())).map(PersonSummary::id).findFirst();
                var concerned = new HashSet<Long>();
                concerned.add(row.owner().id());
                reporter.ifPresent(concerned::add);
                for (var entry : slip.thread()) {
                    var kind = entry.kind() == SlipEntryKind.CONTESTED ? NotificationKind.SLIP_CONTESTED
                            : entry.kind() == SlipEntryKind.ACKNOWLEDGED ? NotificationKind.SLIP_ACKNOWLEDGED : null;
                    if (kind == null) {
                        continue;
                    }
                    var answeredBy = members.stream().filter(p -> p.displayName().equals(entry.author())).findFirst();
                    for (var recipientId : concerned) {
                        make(kind, programId, programName, row.title(), answeredBy.map(PersonSummary::id).orElse(null),
                                entry.author(), "programs/" + programId + "/schedule/" + row.id(), null, recipientId,
                                entry.createdAt(), false);
                    }
                }
            }
        }
    }

    /** Every member of both sides heard that a pulse's results were revealed. */
    private void revealedPulses(long programId, String programName) {
        var program = programService.find(programId).orElseThrow();
        var members = Stream.concat(program.supplierMembers().stream(), program.customerMembers().stream()).toList();
        for (var pulse : feedback.page(programId).pulses()) {
            if (!pulse.revealed()) {
                continue;
            }
            for (var member : members) {
                make(NotificationKind.PULSE_REVEALED, programId, programName, programName, null, null,
                        "programs/" + programId + "/feedback", NotificationListeners.pulseKey(pulse.id()), member.id(),
                        pulse.revealedAt(), false);
            }
        }
    }

    /**
     * Makes one notification as {@link NotificationCenter} would have at {@code at} (it checks the recipient
     * as always: never who acted, only while they see the program), then dates it: read when it is older than
     * a week, unless it still waits on the recipient and is less than {@link #STILL_WAITING} old.
     *
     * @param actorId who acted if known by id (never notified), null for the app or someone known by name only
     */
    private void make(NotificationKind kind, long programId, String programName, String subject, Long actorId,
            String actorName, String link, String dedupeKey, long recipientId, Instant at, boolean stillWaiting) {
        var draft = new NotificationDraft(kind, programId, programName, subject, actorId, actorName, link, false,
                dedupeKey);
        if (center.notify(draft, Set.of(recipientId)) == 0) {
            return;
        }
        var id = jdbc.sql("select max(id) from notification where recipient_id = ?").param(recipientId)
                .query(Long.class).single();
        var now = clock.instant();
        var read = at.isBefore(now.minus(stillWaiting ? STILL_WAITING : OLD_NEWS));
        jdbc.sql("update notification set created_at = ?, read_at = ? where id = ?")
                .params(Timestamp.from(at), read ? Timestamp.from(at.plus(Duration.ofHours(2))) : null, id).update();
    }
}
