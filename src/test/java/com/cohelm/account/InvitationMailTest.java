package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.mail.Mailer;
import com.cohelm.security.Role;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.MailServerTest;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestMailServer;
import com.cohelm.support.TestPeople;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mails over real SMTP (GreenMail): multipart text and HTML, translated, carrying one link and nothing
 * else secret; the link is followed and does what it says.
 */
@CohelmSpringTest
@MailServerTest
class InvitationMailTest {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<]+");
    private static final String PASSWORD = "orchard quartz lantern 9";

    @Autowired
    PeopleAdminService people;
    @Autowired
    InvitationService invitations;
    @Autowired
    PasswordResetService resets;
    @Autowired
    Mailer mailer;
    @Autowired
    TestPeople testPeople;
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
    void anInvitationArrivesAsTextAndHtmlWithOneWorkingLink() throws Exception {
        assertThat(mailer.usesDevMailbox()).isFalse();
        var customer = testPeople.customer("Mail");
        signIn.as(customer.admin());
        var email = "greenmail-" + customer.programId() + "@test.example";
        var invited = people.invite(new InvitationDraft(email, customer.organizationId(), Role.MEMBER, null));
        signIn.out();

        var message = TestMailServer.awaitMails(1, Duration.ofSeconds(10)).getFirst();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(message.getFrom()[0].toString()).contains("no-reply@cohelm.test");
        assertThat(message.getSubject()).isEqualTo("Cora Quist invited you to " + customer.name() + " on CoHelm");
        var text = part(message, "text/plain");
        var html = part(message, "text/html");
        assertThat(text).contains("within 7 days");
        assertThat(html).contains("<a href=").contains("Accept the invitation");

        var links = links(text);
        assertThat(links).hasSize(1);
        var link = links.getFirst();
        assertThat(link).startsWith("http://localhost:" + port + "/invitation/");
        assertThat(links(html)).containsOnly(link);
        // Nothing secret but the link: no password, no hash, no internal id.
        var hash = jdbc.sql("select token_hash from account_token where user_id = ?").param(invited.id())
                .query(String.class).single();
        assertThat(text + html).doesNotContain(hash).doesNotContain("password_hash");

        // Follow it: the page opens, and accepting signs the person in with the password they chose.
        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var secret = TestPeople.token(link);
        assertThat(invitations.find(secret)).isPresent();
        invitations.accept(secret, "Greta Mail", PASSWORD);
        assertThat(new HttpSignIn(port).signIn(email, PASSWORD)).doesNotContain("error");
    }

    @Test
    void aResetMailSpeaksThePersonsLanguageAndItsLinkResetsThePassword() throws Exception {
        var customer = testPeople.customer("Mail reset");
        jdbc.sql("update user_account set language = 'fr' where email = ?").param(customer.viewer()).update();
        resets.requestReset(customer.viewer());
        var message = TestMailServer.awaitMails(1, Duration.ofSeconds(10)).getFirst();
        assertThat(message.getSubject()).isEqualTo("Réinitialiser votre mot de passe CoHelm");
        var text = part(message, "text/plain");
        assertThat(text).contains("Bonjour Vera Viewer").contains("dans les 60 minutes");
        var link = links(text).getFirst();
        assertThat(link).startsWith("http://localhost:" + port + "/reset-password/");
        resets.reset(TestPeople.token(link), PASSWORD);
        assertThat(new HttpSignIn(port).signIn(customer.viewer(), PASSWORD)).doesNotContain("error");
    }

    @Test
    void nothingIsSentForAnUnknownEmail() throws Exception {
        resets.requestReset("unknown-person@nowhere.example");
        Thread.sleep(500);
        assertThat(TestMailServer.awaitMails(0, Duration.ofMillis(100))).isEmpty();
    }

    private static List<String> links(String content) {
        var found = new ArrayList<String>();
        var matcher = LINK.matcher(content);
        while (matcher.find()) {
            found.add(matcher.group().replace("&amp;", "&"));
        }
        return found.stream().distinct().toList();
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
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
