package com.cohelm.action;

import static com.cohelm.support.DemoLogins.BRIGHTLINE_PROGRAM;
import static com.cohelm.support.DemoLogins.CALLOWAY_PROGRAM;
import static com.cohelm.support.DemoLogins.CUSTOMER_MEMBER;
import static com.cohelm.support.DemoLogins.SUPPLIER_ADMIN;
import static com.cohelm.support.DemoLogins.SUPPLIER_MEMBER;
import static com.cohelm.support.DemoLogins.VERDANT_PROGRAM;
import static com.cohelm.support.TestPrograms.CUSTOMER_LEAD_NAME;
import static com.cohelm.support.TestPrograms.CUSTOMER_MEMBER_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.security.Side;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms.TestProgram;
import com.cohelm.support.TestSession.NewProgram;
import com.cohelm.support.TestSession.SignedInAs;
import jakarta.validation.ConstraintViolationException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The action plan on the real database: who may do what, questions answered by the side they were
 * asked of, validation, conflicts, bulk changes, activity, responsiveness and the home page's figures.
 * Tests that change data work in a program of their own.
 */
@CohelmServiceTest
class ActionServiceTest {

    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    ActionService actions;
    @Autowired
    MyActions myActions;
    @Autowired
    ActionBulkChanges bulkChanges;
    @Autowired
    ActionReports reports;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    com.cohelm.support.TestSchedules testSchedules;
    @Autowired
    JdbcClient jdbc;

    /** A program of each test's own, with customer people of its own: its lead, a member and a viewer. */
    @NewProgram("Actions")
    TestProgram program;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<String> events(long itemId) {
        return jdbc.sql("select kind from activity_event where subject_id = ? and subject_type in ('action', 'question')"
                + " order by id").param(itemId).query(String.class).list();
    }

    private static LocalDate inAWeek() {
        return TestClock.today().plusDays(7);
    }

    private ActionItemView ask(String asker, String assignee, String title) {
        signIn.as(asker);
        return actions.create(program.id(), ActionDraft.manual(title, null, demo.personId(assignee), inAWeek(), true));
    }

    private ActionItemView action(String creator, String assignee, String title) {
        signIn.as(creator);
        return actions.create(program.id(), ActionDraft.manual(title, "Details", demo.personId(assignee), inAWeek(),
                false));
    }

    @Test
    void membersOfEitherSideCreateAndChangeItemsForEitherSideAndViewersOnlyRead() {
        var forBen = action(SUPPLIER_MEMBER, program.customerMember(), "Send the fixture drawings");
        assertThat(forBen.assignee().displayName()).isEqualTo(CUSTOMER_MEMBER_NAME);
        assertThat(forBen.waitingOn()).isEqualTo(Side.CUSTOMER);
        assertThat(forBen.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(forBen.origin()).isEqualTo(ActionOrigin.MANUAL);
        var forTomas = action(program.customerMember(), TOMAS, "Flash over USB");
        assertThat(forTomas.waitingOn()).isEqualTo(Side.SUPPLIER);
        assertThat(forTomas.askedBy().displayName()).isEqualTo(CUSTOMER_MEMBER_NAME);

        signIn.as(program.customerMember());
        var started = actions.changeStatus(program.id(), forTomas.id(), forTomas.version(), ActionStatus.IN_PROGRESS,
                null);
        var blocked = actions.changeStatus(program.id(), forTomas.id(), started.version(), ActionStatus.BLOCKED,
                "The USB drivers");
        assertThat(blocked.blockedOn()).isEqualTo("The USB drivers");
        var done = actions.changeStatus(program.id(), forTomas.id(), blocked.version(), ActionStatus.DONE, null);
        assertThat(done.closedAt()).isNotNull();
        assertThat(done.blockedOn()).isNull();

        signIn.as(program.viewer());
        assertThat(actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10)))
                .extracting(ActionItemView::title).contains("Send the fixture drawings", "Flash over USB")
                .hasSize(2);
        assertThat(actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10)))
                .noneMatch(ActionItemView::mayChange);
        var plan = actions.plan(program.id());
        assertThat(plan.canContribute()).isFalse();
        assertThat(plan.canBulkChange()).isFalse();
        var before = count("action_item");
        assertThatThrownBy(() -> actions.create(program.id(), ActionDraft.manual("Sneaky", null,
                demo.personId(program.customerMember()), inAWeek(), false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.changeStatus(program.id(), forBen.id(), forBen.version(), ActionStatus.DONE,
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.update(program.id(), forBen.id(), forBen.version(), forBen.toDraft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("action_item")).isEqualTo(before);
    }

    @Test
    void anotherCustomersProgramAndItemsAnswerAsNotFound() {
        var item = action(SUPPLIER_MEMBER, program.customerMember(), "Brightline only");
        var verdant = demo.id(VERDANT_PROGRAM);

        signIn.as(CUSTOMER_MEMBER); // Victor, of Verdant
        assertThatThrownBy(() -> actions.plan(program.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> actions.changeStatus(program.id(), item.id(), item.version(), ActionStatus.DONE, null))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> reports.csv(program.id(), ActionFilter.none()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> reports.responsiveness(program.id())).isInstanceOf(ResourceNotFoundException.class);
        // Through his own program, the other program's item does not exist either.
        assertThatThrownBy(() -> actions.changeStatus(verdant, item.id(), item.version(), ActionStatus.DONE, null))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> actions.answer(verdant, item.id(), item.version(), "Hi"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(myActions.mine(PageRequest.of(0, 50))).noneMatch(i -> i.programId() == program.id());
        assertThat(myActions.home(List.of(program.id()), 5).openByProgram()).doesNotContainKey(program.id());
    }

    @Test
    @SignedInAs(SUPPLIER_MEMBER)
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        var before = count("action_item");
        var events = count("activity_event");
        var ben = demo.personId(program.customerMember());

        assertThatThrownBy(() -> actions.create(program.id(), ActionDraft.manual(" ", null, ben, inAWeek(), false)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("title");
        assertField(() -> actions.create(program.id(), ActionDraft.manual("Yesterday", null, ben,
                TestClock.today().minusDays(2), false)), "dueDate");
        assertField(() -> actions.create(program.id(), ActionDraft.manual("Not a member", null,
                demo.personId(CUSTOMER_MEMBER), inAWeek(), false)), "assigneeId");
        assertField(() -> actions.create(program.id(), ActionDraft.manual("A viewer acts on nothing", null,
                demo.personId(program.viewer()), inAWeek(), false)), "assigneeId");
        assertField(() -> actions.create(program.id(), ActionDraft.manual("A question to my own side?", null,
                demo.personId(TOMAS), inAWeek(), true)), "assigneeId");
        assertField(() -> actions.create(program.id(), new ActionDraft("Blocked on nothing", null, ben, inAWeek(),
                ActionStatus.BLOCKED, " ", false, ActionOrigin.MANUAL, null)), "blockedOn");
        assertField(() -> actions.create(program.id(), new ActionDraft("Milestone without an id", null, ben,
                inAWeek(), ActionStatus.OPEN, null, false, ActionOrigin.MILESTONE, null)), "origin");

        assertThat(count("action_item")).isEqualTo(before);
        assertThat(count("activity_event")).isEqualTo(events);
    }

    @Test
    void anotherFeatureCreatesAnItemWithItsOrigin() {
        var milestoneId = testSchedules.linked(program.id()).fixture().row().id();
        signIn.as(SUPPLIER_MEMBER);
        var item = actions.create(program.id(), new ActionDraft("Agree the new date", null,
                demo.personId(program.customerMember()), inAWeek(), ActionStatus.OPEN, null, false,
                ActionOrigin.MILESTONE, milestoneId));
        assertThat(item.origin()).isEqualTo(ActionOrigin.MILESTONE);
        assertThat(item.originId()).isEqualTo(milestoneId);
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field);
    }

    @Test
    void aQuestionIsAnsweredOnlyByTheSideItWasAskedOfAndTheAnswerClosesIt() {
        var question = ask(SUPPLIER_MEMBER, program.customerLead(), "Which fixtures does line 2 use?");
        assertThat(question.question()).isTrue();
        assertThat(question.waitingOn()).isEqualTo(Side.CUSTOMER);
        assertThat(question.mayAnswer()).as("the asker's side does not answer").isFalse();

        // Not the asking side, nor a customer viewer
        for (var login : List.of(SUPPLIER_MEMBER, TOMAS, SUPPLIER_ADMIN, program.viewer())) {
            signIn.as(login);
            assertThatThrownBy(() -> actions.answer(program.id(), question.id(), question.version(), "Me"))
                    .as(login).isInstanceOf(AccessDeniedException.class);
        }
        // Closing it without an answer is refused too
        signIn.as(program.customerMember());
        assertField(() -> actions.changeStatus(program.id(), question.id(), question.version(), ActionStatus.DONE,
                null), "status");
        // Reassigning it to the asking side is refused; within the addressed side it is fine
        assertField(() -> actions.update(program.id(), question.id(), question.version(), new ActionDraft(
                question.title(), null, demo.personId(TOMAS), question.dueDate(), ActionStatus.OPEN, null, true,
                ActionOrigin.MANUAL, null)), "assigneeId");
        var forBen = actions.update(program.id(), question.id(), question.version(), new ActionDraft(question.title(),
                null, demo.personId(program.customerMember()), question.dueDate(), ActionStatus.OPEN, null, true,
                ActionOrigin.MANUAL, null));
        assertThat(forBen.mayAnswer()).isTrue();

        // Any member of the addressed side answers
        signIn.as(program.customerLead());
        var answered = actions.answer(program.id(), question.id(), forBen.version(), "  The FX-200, two of them. ");
        assertThat(answered.status()).isEqualTo(ActionStatus.DONE);
        assertThat(answered.answer()).isEqualTo("The FX-200, two of them.");
        assertThat(answered.answeredBy().displayName()).isEqualTo(CUSTOMER_LEAD_NAME);
        assertThat(answered.answeredAt()).isNotNull().isEqualTo(answered.closedAt());
        assertThat(answered.mayAnswer()).isFalse();

        // A second answer finds it answered: the first one is not overwritten
        signIn.as(program.customerMember());
        assertThatThrownBy(() -> actions.answer(program.id(), question.id(), answered.version(), "Another answer"))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.<ActionItemView>current().answer()).isEqualTo("The FX-200, two of them."));
        assertField(() -> actions.changeStatus(program.id(), question.id(), answered.version(), ActionStatus.OPEN,
                null), "status");

        assertThat(events(question.id())).containsExactly("QUESTION_ASKED", "ACTION_REASSIGNED", "QUESTION_ANSWERED");
    }

    @Test
    void aStaleVersionIsRefusedWithTheSavedOneAndNothingIsOverwritten() {
        var item = action(SUPPLIER_MEMBER, program.customerMember(), "Share the line layout");
        signIn.as(program.customerLead());
        var saved = actions.update(program.id(), item.id(), item.version(), new ActionDraft("Share the line layout v2",
                "Both halls", item.assignee().id(), item.dueDate(), ActionStatus.IN_PROGRESS, null, false,
                ActionOrigin.MANUAL, null));

        signIn.as(SUPPLIER_MEMBER);
        assertThatThrownBy(() -> actions.update(program.id(), item.id(), item.version(), item.toDraft()))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    ActionItemView current = e.current();
                    assertThat(current.title()).isEqualTo("Share the line layout v2");
                    assertThat(current.status()).isEqualTo(ActionStatus.IN_PROGRESS);
                });
        assertThatThrownBy(() -> actions.changeStatus(program.id(), item.id(), item.version(), ActionStatus.DONE, null))
                .isInstanceOf(ConcurrentEditException.class);
        var reloaded = actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10)).getFirst();
        assertThat(reloaded.title()).isEqualTo("Share the line layout v2");
        assertThat(reloaded.version()).isEqualTo(saved.version());
    }

    @Test
    void everyChangeIsRecorded() {
        var item = action(SUPPLIER_MEMBER, program.customerMember(), "Calibrate the fixtures");
        signIn.as(program.customerMember());
        var edited = actions.update(program.id(), item.id(), item.version(), new ActionDraft("Calibrate both fixtures",
                null, demo.personId(program.customerLead()), item.dueDate().plusDays(1), ActionStatus.BLOCKED,
                "The calibration kit", false, ActionOrigin.MANUAL, null));
        actions.changeStatus(program.id(), item.id(), edited.version(), ActionStatus.DONE, null);

        assertThat(events(item.id())).containsExactly("ACTION_CREATED", "ACTION_UPDATED", "ACTION_REASSIGNED",
                "ACTION_STATUS_CHANGED", "ACTION_STATUS_CHANGED");
        var reassigned = jdbc.sql("select before_state, after_state from activity_event where subject_id = ?"
                        + " and kind = 'ACTION_REASSIGNED'").param(item.id())
                .query((rs, row) -> rs.getString(1) + " -> " + rs.getString(2)).single();
        assertThat(reassigned).isEqualTo(CUSTOMER_MEMBER_NAME + " -> " + CUSTOMER_LEAD_NAME);
        assertThat(jdbc.sql("select program_id from activity_event where subject_id = ? and kind = 'ACTION_CREATED'")
                .param(item.id()).query(Long.class).single()).isEqualTo(program.id());
    }

    @Test
    void leadsCloseAndReassignManyAtOnceSkippingWhatChangedAndQuestions() {
        var first = action(SUPPLIER_MEMBER, program.customerMember(), "First");
        var second = action(SUPPLIER_MEMBER, program.customerMember(), "Second");
        var changedMeanwhile = action(SUPPLIER_MEMBER, program.customerMember(), "Changed meanwhile");
        var question = ask(SUPPLIER_MEMBER, program.customerMember(), "A question");
        signIn.as(program.customerMember());
        actions.changeStatus(program.id(), changedMeanwhile.id(), changedMeanwhile.version(), ActionStatus.IN_PROGRESS,
                null);
        var selection = List.of(first.ref(), second.ref(), changedMeanwhile.ref(), question.ref());

        signIn.as(program.customerMember()); // a member, not a lead
        assertThatThrownBy(() -> bulkChanges.closeAll(program.id(), selection)).isInstanceOf(AccessDeniedException.class);
        signIn.as(TOMAS);
        assertThatThrownBy(() -> bulkChanges.reassignAll(program.id(), selection, demo.personId(program.customerLead())))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(program.customerLead()); // the customer lead
        var reassigned = bulkChanges.reassignAll(program.id(), List.of(first.ref(), question.ref()),
                demo.personId(program.customerLead()));
        assertThat(reassigned).isEqualTo(new BulkResult(2, 0, 0));
        var fresh = actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10));
        var refs = fresh.stream().map(ActionItemView::ref).toList();
        var stale = List.of(fresh.stream().filter(i -> i.id() == first.id()).findFirst().orElseThrow().ref(),
                second.ref(), changedMeanwhile.ref(), fresh.stream().filter(i -> i.id() == question.id())
                        .findFirst().orElseThrow().ref());
        assertThat(refs).hasSize(4);
        var closed = bulkChanges.closeAll(program.id(), stale);
        assertThat(closed).isEqualTo(new BulkResult(2, 1, 1));
        var after = actions.items(program.id(), new ActionFilter(ActionStatus.DONE, null, null), PageRequest.of(0, 10));
        assertThat(after).extracting(ActionItemView::title).containsExactlyInAnyOrder("First", "Second");
        assertThatThrownBy(() -> bulkChanges.reassignAll(program.id(), List.of(), demo.personId(CUSTOMER_MEMBER)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theWaitingPanelCountsEachSidesOpenAndOverdueItems() {
        action(SUPPLIER_MEMBER, program.customerMember(), "For Ben");
        action(SUPPLIER_MEMBER, program.customerLead(), "For Bea");
        var overdue = action(program.customerMember(), TOMAS, "For Tomás, overdue");
        jdbc.sql("update action_item set due_date = ?, created_at = ? where id = ?")
                .params(TestClock.today().minusDays(3), Timestamp.from(TestClock.now().minus(Duration.ofDays(10))),
                        overdue.id()).update();

        signIn.as(program.viewer());
        var plan = actions.plan(program.id());
        var supplier = plan.waiting().getFirst();
        var customer = plan.waiting().getLast();
        assertThat(supplier.side()).isEqualTo(Side.SUPPLIER);
        assertThat(supplier.organization()).isEqualTo("Northwind Test Systems");
        assertThat(supplier.open()).isEqualTo(1);
        assertThat(supplier.overdue()).isEqualTo(1);
        assertThat(supplier.oldestAgeDays().orElseThrow()).isBetween(9L, 11L);
        assertThat(customer.organization()).isEqualTo(program.customerName());
        assertThat(customer.open()).isEqualTo(2);
        assertThat(customer.overdue()).isZero();
        assertThat(plan.supplierPeople()).extracting(PersonSummary::displayName)
                .containsExactlyInAnyOrder("Sam Okafor", "Tomás Ferreira");
        assertThat(plan.customerPeople()).extracting(PersonSummary::displayName)
                .containsExactlyInAnyOrder(CUSTOMER_LEAD_NAME, CUSTOMER_MEMBER_NAME);

        signIn.as(program.customerLead());
        assertThat(actions.items(program.id(), new ActionFilter(null, Side.SUPPLIER, null), PageRequest.of(0, 10)))
                .extracting(ActionItemView::title).containsExactly("For Tomás, overdue");
        assertThat(actions.count(program.id(), new ActionFilter(null, Side.CUSTOMER, null))).isEqualTo(2);
        assertThat(actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10))).filteredOn(
                ActionItemView::overdue).extracting(ActionItemView::title).containsExactly("For Tomás, overdue");
    }

    @Test
    void thePlanListsTheOverdueFirstThenTheOpenByDueDateAndTheDoneLast() {
        var doneLongAgo = action(SUPPLIER_MEMBER, program.customerMember(), "Done, due long ago");
        var later = action(SUPPLIER_MEMBER, program.customerMember(), "Open, due later");
        var soon = action(program.customerMember(), TOMAS, "Open, due soon");
        var overdueBlocked = action(program.customerMember(), TOMAS, "Blocked, overdue by two days");
        var mostOverdue = action(SUPPLIER_MEMBER, program.customerLead(), "Open, overdue by five days");
        var doneSoon = action(SUPPLIER_MEMBER, program.customerLead(), "Done, due soon");
        // Two days or more from today: the reader's time zone may put today a day from UTC's.
        var today = TestClock.today();
        setDueDate(doneLongAgo, today.minusDays(30));
        setDueDate(later, today.plusDays(20));
        setDueDate(soon, today.plusDays(2));
        setDueDate(overdueBlocked, today.minusDays(2));
        setDueDate(mostOverdue, today.minusDays(5));
        setDueDate(doneSoon, today.plusDays(3));
        jdbc.sql("update action_item set status = 'BLOCKED', blocked_on = 'Parts' where id = ?")
                .param(overdueBlocked.id()).update();
        jdbc.sql("update action_item set status = 'DONE', closed_at = ? where id in (?, ?)")
                .params(Timestamp.from(TestClock.now()), doneLongAgo.id(), doneSoon.id()).update();

        signIn.as(program.viewer());
        var expected = List.of("Open, overdue by five days", "Blocked, overdue by two days", "Open, due soon",
                "Open, due later", "Done, due long ago", "Done, due soon");
        assertThat(actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10)))
                .extracting(ActionItemView::title).containsExactlyElementsOf(expected);
        // Page by page (as the grid loads it) the order is the same, nothing twice, nothing missing.
        var paged = new java.util.ArrayList<String>();
        for (var page = 0; page < 3; page++) {
            actions.items(program.id(), ActionFilter.none(), PageRequest.of(page, 2))
                    .forEach(i -> paged.add(i.title()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 2)))
                .allMatch(ActionItemView::overdue);
        // A filter keeps the order; a sort the reader chose replaces it.
        assertThat(actions.items(program.id(), new ActionFilter(null, Side.SUPPLIER, null), PageRequest.of(0, 10)))
                .extracting(ActionItemView::title).containsExactly("Blocked, overdue by two days", "Open, due soon");
        assertThat(actions.items(program.id(), ActionFilter.none(), PageRequest.of(0, 10,
                org.springframework.data.domain.Sort.by("dueDate", "id")))).extracting(ActionItemView::title)
                .startsWith("Done, due long ago", "Open, overdue by five days");
    }

    private void setDueDate(ActionItemView item, LocalDate dueDate) {
        jdbc.sql("update action_item set due_date = ? where id = ?").params(dueDate, item.id()).update();
    }

    @Test
    void responsivenessIsComputedFromTheTimestampsAndIsTheSameForBothSides() {
        var now = TestClock.now();
        // Questions to the customer answered in 2 h and 6 h; questions to the supplier in 2 and 4 days.
        insertAnswered(Side.CUSTOMER, program.customerMember(), now.minus(Duration.ofDays(20)), Duration.ofHours(2), 3);
        insertAnswered(Side.CUSTOMER, program.customerLead(), now.minus(Duration.ofDays(10)), Duration.ofHours(6), 3);
        insertAnswered(Side.SUPPLIER, TOMAS, now.minus(Duration.ofDays(30)), Duration.ofDays(2), 3);
        insertAnswered(Side.SUPPLIER, SUPPLIER_MEMBER, now.minus(Duration.ofDays(15)), Duration.ofDays(4), 3);
        // Long ago: outside the window
        insertAnswered(Side.SUPPLIER, TOMAS, now.minus(Duration.ofDays(200)), Duration.ofDays(40), 3);

        signIn.as(SUPPLIER_MEMBER);
        var forSupplier = reports.responsiveness(program.id());
        signIn.as(program.viewer());
        var forCustomer = reports.responsiveness(program.id());
        assertThat(forCustomer).isEqualTo(forSupplier);

        var supplier = forSupplier.getFirst();
        var customer = forSupplier.getLast();
        assertThat(customer.answering().median()).contains(Duration.ofHours(4));
        assertThat(customer.answering().onTimeShare()).contains(1.0);
        assertThat(supplier.answering().responded()).isEqualTo(2);
        assertThat(supplier.answering().median()).contains(Duration.ofDays(3));
        assertThat(supplier.answering().onTimeShare()).contains(0.5);
    }

    /** A question to {@code email} asked at {@code asked}, due after {@code dueDays}, answered after {@code after}. */
    private void insertAnswered(Side side, String email, Instant asked, Duration after, int dueDays) {
        var answered = asked.plus(after);
        var asker = side == Side.CUSTOMER ? SUPPLIER_MEMBER : program.customerLead();
        jdbc.sql("insert into action_item (program_id, title, assignee_id, assignee_side, due_date, status,"
                        + " origin_type, question, created_by, answer, answered_by, answered_at, closed_at, created_at,"
                        + " updated_at) values (?, 'Timed', ?, ?, ?, 'DONE', 'MANUAL', true, ?, 'Yes', ?, ?, ?, ?, ?)")
                .params(program.id(), demo.personId(email), side.name(),
                        LocalDate.ofInstant(asked, ZoneOffset.UTC).plusDays(dueDays), demo.personId(asker),
                        demo.personId(email), Timestamp.from(answered), Timestamp.from(answered),
                        Timestamp.from(asked), Timestamp.from(answered))
                .update();
    }

    @Test
    @SignedInAs(SUPPLIER_ADMIN)
    void theDemoFiguresDifferPerSideAndPerProgram() {
        var brightline = reports.responsiveness(demo.id(BRIGHTLINE_PROGRAM));
        var verdant = reports.responsiveness(demo.id(VERDANT_PROGRAM));
        var calloway = reports.responsiveness(demo.id(CALLOWAY_PROGRAM));
        // Brightline answers faster than the supplier; at Verdant it is the other way round.
        assertThat(median(brightline, Side.CUSTOMER)).isLessThan(median(brightline, Side.SUPPLIER));
        assertThat(median(verdant, Side.CUSTOMER)).isGreaterThan(median(verdant, Side.SUPPLIER));
        assertThat(List.of(brightline, verdant, calloway)).doesNotHaveDuplicates();
        assertThat(verdant.getLast().answering().overdueOpen()).isPositive();
        assertThat(brightline.getFirst().answering().overdueOpen()).isPositive();
    }

    private static Duration median(List<SideResponsiveness> figures, Side side) {
        return figures.stream().filter(f -> f.side() == side).findFirst().orElseThrow().answering().median()
                .orElseThrow();
    }

    @Test
    void myActionsAndTheHomePageGatherWhatIsMineAcrossPrograms() {
        var mine = action(SUPPLIER_MEMBER, program.customerMember(), "Mine, due in a week");
        var overdue = action(SUPPLIER_MEMBER, program.customerMember(), "Mine, overdue");
        jdbc.sql("update action_item set due_date = ? where id = ?").params(TestClock.today().minusDays(2), overdue.id())
                .update();
        var question = ask(SUPPLIER_MEMBER, program.customerMember(), "A question for Ben");
        action(SUPPLIER_MEMBER, program.customerLead(), "Bea's, not Ben's");

        signIn.as(program.customerMember());
        var page = myActions.mine(PageRequest.of(0, 100, MyActions.DUE_FIRST)).stream()
                .filter(i -> i.programId() == program.id()).toList();
        assertThat(page).extracting(ActionItemView::id).containsExactly(overdue.id(), mine.id(), question.id());
        assertThat(page.getFirst().programName()).startsWith("Actions ");
        assertThat(myActions.countMine()).isGreaterThanOrEqualTo(3);

        var home = myActions.home(List.of(program.id(), demo.id(VERDANT_PROGRAM)), 50);
        assertThat(home.myActions()).extracting(ActionItemView::id).contains(overdue.id(), mine.id())
                .doesNotContain(question.id());
        assertThat(home.myQuestions()).extracting(ActionItemView::id).contains(question.id());
        assertThat(home.myQuestions()).filteredOn(q -> q.id() == question.id()).allMatch(ActionItemView::mayAnswer);
        assertThat(home.open(program.id())).isEqualTo(new OpenCounts(0, 4));
        assertThat(home.openByProgram()).as("not Ben's program").doesNotContainKey(demo.id(VERDANT_PROGRAM));

        var small = myActions.home(List.of(program.id()), 1);
        assertThat(small.myActions()).hasSize(1);
        assertThat(small.myActionsTotal()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCsvHasEveryItemAndDefusesFormulas() throws Exception {
        action(SUPPLIER_MEMBER, program.customerMember(), "=HYPERLINK(\"http://evil\")");
        ask(program.customerMember(), SUPPLIER_MEMBER, "Plain question");
        signIn.as(program.viewer());
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(reports.csv(program.id(), ActionFilter.none()))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.getFirst().get("title")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.getFirst().get("waiting_on")).isEqualTo("CUSTOMER");
        assertThat(records.getLast().get("kind")).isEqualTo("QUESTION");
        assertThat(records.getLast().get("created_by")).isEqualTo(CUSTOMER_MEMBER_NAME);
        assertThat(records.getLast().get("due_date")).isEqualTo(inAWeek().toString());
        assertThat(records.getLast().get("age_days")).isEqualTo("0");
        assertThat(ChronoUnit.DAYS.between(TestClock.today(), inAWeek())).isEqualTo(7);
    }

    /**
     * Issue 28 §5: an item's origin must be one of its own program's milestones, feedback items or reviews;
     * another program's (or a missing one) is refused like a missing id, recorded, and nothing is stored.
     */
    @Test
    void anOriginFromAnotherProgramIsRefusedLikeAMissingOneAndRecorded() {
        var foreign = java.util.Map.of(
                ActionOrigin.MILESTONE, firstIdOutside("milestone"),
                ActionOrigin.FEEDBACK, firstIdOutside("feedback_item"),
                ActionOrigin.REVIEW, firstIdOutside("review"));
        signIn.as(SUPPLIER_MEMBER);
        var before = count("action_item");
        foreign.forEach((origin, id) -> {
            for (long originId : new long[] {id, 999_999_999L}) {
                var refusedBefore = refusals(origin, originId);
                assertThatThrownBy(() -> actions.create(program.id(), new ActionDraft("Borrowed origin", null,
                        demo.personId(program.customerMember()), inAWeek(), ActionStatus.OPEN, null, false, origin,
                        originId)))
                        .as("%s %s", origin, originId).isInstanceOf(ResourceNotFoundException.class);
                assertThat(refusals(origin, originId)).as("%s %s recorded", origin, originId)
                        .isEqualTo(refusedBefore + 1);
            }
        });
        assertThat(count("action_item")).isEqualTo(before);
    }

    /** Issue 28 §5: another program's item id asked for under this program opens nothing and is recorded. */
    @Test
    void anotherProgramsItemUnderThisProgramIsEmptyAndRecorded() {
        var foreign = firstIdOutside("action_item");
        signIn.as(program.customerLead());
        var before = refusals("action", foreign);
        assertThat(actions.item(program.id(), foreign)).isEmpty();
        assertThat(refusals("action", foreign)).isEqualTo(before + 1);
    }

    /** Issue 28 §5: a right-to-left override and other invisible controls never reach a stored title. */
    @Test
    void invisibleControlsAreRemovedFromTitlesAndATitleOfNothingElseIsRefused() {
        var item = action(SUPPLIER_MEMBER, program.customerMember(), "Invoice\u202Efdp.exe \u2066review\u2069\u200B");
        assertThat(item.title()).isEqualTo("Invoicefdp.exe review");
        assertThat(jdbc.sql("select title from action_item where id = ?").param(item.id()).query(String.class)
                .single()).isEqualTo("Invoicefdp.exe review");
        assertField(() -> actions.create(program.id(), ActionDraft.manual("\u202E\u200F", null,
                demo.personId(program.customerMember()), inAWeek(), false)), "title");
    }

    private long firstIdOutside(String table) {
        return jdbc.sql("select min(id) from " + table + " where program_id <> ?").param(program.id())
                .query(Long.class).single();
    }

    private long refusals(Object target, long subjectId) {
        return jdbc.sql("select count(*) from activity_event where kind = 'ACCESS_DENIED' and subject_type = ?"
                + " and subject_id = ?").params(target.toString().toLowerCase(java.util.Locale.ROOT), subjectId)
                .query(Long.class).single();
    }
}
