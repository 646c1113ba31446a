package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.mail.Mail;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPeople;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Whoever signs into the demo finds in their bell what the demo's history would have told them (decision
 * 0026), dated when it happened, and none of it was mailed.
 */
@CohelmSpringTest
class NotificationDemoHistoryTest {

    static final String PROPOSAL = "The controller slip moves the first shift and the decision; we propose new "
            + "baselines both sides can hold us to.";

    @Autowired
    NotificationService notifications;
    @Autowired
    TestPeople testPeople;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<NotificationView> of(String email) {
        signIn.as(email);
        try {
            return notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 200));
        } finally {
            signIn.out();
        }
    }

    private static NotificationView find(List<NotificationView> list, NotificationKind kind, String subject) {
        return list.stream().filter(n -> n.kind() == kind && n.subjectTitle().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " about " + subject + " in " + list));
    }

    private static Duration ago(NotificationView notification) {
        return Duration.between(notification.createdAt(), TestClock.now());
    }

    @Test
    void victorIsAskedToDecideTheReBaselineAndToAnswerTheSlipSamProposedAndReported() {
        var victors = of(DemoLogins.CUSTOMER_MEMBER);

        var proposal = find(victors, NotificationKind.REBASELINE_AWAITING, PROPOSAL);
        assertThat(proposal.actorName()).isEqualTo("Sam Okafor");
        assertThat(proposal.read()).isFalse();
        assertThat(ago(proposal)).isBetween(Duration.ofDays(2), Duration.ofDays(2).plusHours(1));
        assertThat(proposal.link()).endsWith("/schedule");

        var slip = find(victors, NotificationKind.SLIP_TO_ANSWER, "First full shift on our systems");
        assertThat(slip.actorName()).isEqualTo("Sam Okafor");
        assertThat(slip.read()).isFalse();
        assertThat(slip.link()).contains("/schedule/");

        var question = find(victors, NotificationKind.QUESTION_WAITING, "Please send the yield data export format");
        assertThat(question.actorName()).isEqualTo("Sam Okafor");
        assertThat(question.read()).as("asked 20 days ago: seen long since, though it still waits").isTrue();
        find(victors, NotificationKind.ACTION_OVERDUE, "Deliver the cell controller specification");
        assertThat(victors).noneMatch(n -> n.programName().equals(DemoLogins.BRIGHTLINE_PROGRAM));

        assertThat(testPeople.mailsTo(DemoLogins.CUSTOMER_MEMBER)).extracting(Mail::subject).as("nothing mailed")
                .noneMatch(subject -> subject.contains("Please send the yield data export format"));
    }

    @Test
    void samHeardHisSlipContestedAndThePulsesRevealedAndTomasHisSlipAcknowledged() {
        var sams = of(DemoLogins.SUPPLIER_MEMBER);
        var contested = find(sams, NotificationKind.SLIP_CONTESTED, "Cell controller installed on the pilot line");
        assertThat(contested.actorName()).isEqualTo("Victor Alvarez");
        assertThat(contested.read()).as("38 days ago").isTrue();
        assertThat(sams).filteredOn(n -> n.kind() == NotificationKind.PULSE_REVEALED)
                .extracting(NotificationView::programName)
                .contains(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM);

        var tomas = of("tomas@northwind.example");
        assertThat(find(tomas, NotificationKind.SLIP_ACKNOWLEDGED, "Firmware release candidate").actorName())
                .isEqualTo("Bea Lindqvist");
    }

    @Test
    void brightlinesPeopleHeardOfTheirPulseOnlyViewerIncluded() {
        for (var email : List.of(DemoLogins.CUSTOMER_ADMIN, DemoLogins.CUSTOMER_VIEWER)) {
            var revealed = of(email).stream().filter(n -> n.kind() == NotificationKind.PULSE_REVEALED).toList();
            assertThat(revealed).as(email).isNotEmpty()
                    .allMatch(n -> n.programName().equals(DemoLogins.BRIGHTLINE_PROGRAM));
        }
    }
}
