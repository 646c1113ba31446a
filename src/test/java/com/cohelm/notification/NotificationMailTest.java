package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.MailServerTest;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestMailServer;
import com.cohelm.support.TestPrograms;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notification mails over real SMTP (GreenMail), in the recipient's language: a mention at once with its
 * one link, and a digest with a link per line; the digest job run twice sends each digest once.
 */
@CohelmSpringTest
@MailServerTest
class NotificationMailTest {

    @Autowired
    TestEvents testEvents;
    @Autowired
    ActionService actions;
    @Autowired
    DigestJob job;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void clearMails() {
        TestMailServer.clear();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aMentionIsMailedAtOnceInTheRecipientsLanguage() throws Exception {
        var program = testPrograms.create("Mentions");
        jdbc.sql("update user_account set language = 'fr' where email = ?").param(program.customerMember()).update();
        var link = "programs/" + program.id() + "/goals";
        testEvents.publish(new PeopleMentioned(11, program.id(), demo.personId(DemoLogins.SUPPLIER_MEMBER),
                Set.of(demo.personId(program.customerLead()), demo.personId(program.customerMember())),
                "Launch <readiness>", link, false));

        var english = mailTo(program.customerLead(), 1).getFirst();
        assertThat(english.getSubject()).isEqualTo("Sam Okafor mentioned you on “Launch <readiness>”");
        assertThat(part(english, "text/plain")).contains("Hello Cora Quist")
                .contains("http://localhost:" + port + "/" + link);
        assertThat(part(english, "text/html")).contains("Launch &lt;readiness&gt;").contains("Open in CoHelm")
                .doesNotContain("<readiness>");

        var french = mailTo(program.customerMember(), 1).getFirst();
        assertThat(french.getSubject()).isEqualTo("Sam Okafor vous a mentionné sur « Launch <readiness> »");
        assertThat(part(french, "text/plain")).contains("Bonjour Cal Adeyemi").contains("Programme :")
                .contains("http://localhost:" + port + "/" + link);
    }

    @Test
    void theDigestJobRunTwiceSendsOneDigestPerPersonInTheirLanguage() throws Exception {
        var program = testPrograms.create("Digests");
        jdbc.sql("update user_account set language = 'fr' where email = ?").param(program.customerMember()).update();
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var due = TestClock.today().plusDays(4);
        for (var person : List.of(program.customerLead(), program.customerMember())) {
            var item = actions.create(program.id(), ActionDraft.manual("Send the drawings", null,
                    demo.personId(person), due, false));
            jdbc.sql("update action_item set due_date = ? where id = ?").params(TestClock.today().minusDays(2),
                    item.id()).update();
        }
        signIn.out();
        testEvents.awaitHandled();

        var morning = TestClock.today().atTime(9, 30).toInstant(ZoneOffset.UTC);
        job.run(morning);
        job.run(morning.plusSeconds(900));

        var english = mailTo(program.customerLead(), 1);
        var french = mailTo(program.customerMember(), 1);
        Thread.sleep(500);
        assertThat(mailTo(program.customerLead(), 1)).hasSize(1);
        assertThat(mailTo(program.customerMember(), 1)).hasSize(1);

        assertThat(english.getFirst().getSubject()).isEqualTo("Your CoHelm daily digest");
        var text = part(english.getFirst(), "text/plain");
        assertThat(text).contains("What happened").contains("Sam Okafor gave you the action item “Send the drawings”")
                .contains("Waiting on you").contains("Overdue: Send the drawings")
                .contains("http://localhost:" + port + "/programs/" + program.id() + "/actions?assignee=");
        assertThat(part(english.getFirst(), "text/html")).contains("<li").contains("<a href=\"http://localhost:" + port
                + "/programs/" + program.id() + "/actions?assignee=");

        assertThat(french.getFirst().getSubject()).isEqualTo("Votre résumé quotidien CoHelm");
        assertThat(part(french.getFirst(), "text/plain")).contains("Ce qui vous attend")
                .contains("En retard : Send the drawings");
    }

    /** Waits for at least {@code count} mails to one address and returns them all. */
    private static List<MimeMessage> mailTo(String email, int count) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var mine = TestMailServer.awaitMails(1, Duration.ofSeconds(10)).stream()
                    .filter(m -> to(m).equalsIgnoreCase(email)).toList();
            if (mine.size() >= count || System.nanoTime() > deadline) {
                assertThat(mine).as("mails to " + email).hasSizeGreaterThanOrEqualTo(count);
                return mine;
            }
            Thread.sleep(100);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
