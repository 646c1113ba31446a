package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.MailServerTest;
import com.cohelm.support.TestMailServer;
import com.cohelm.support.TestPeople;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, with mail over real SMTP: a customer admin invites a colleague into their program;
 * the colleague opens the link from the mail they received, sets a password and sees the program. The
 * clicks from the mail to the program are counted (goal: 3 or fewer).
 */
@MailServerTest
class InvitationE2eTest extends BrowserFlowTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Autowired
    TestPeople testPeople;
    @Autowired
    JdbcClient jdbc;

    InvitationE2eTest() {
        super("invitation");
    }

    @Test
    void aColleagueInvitedByMailLandsOnTheProgramInTwoClicks() throws Exception {
        TestMailServer.clear();
        var customer = testPeople.customer("Invited by mail");
        var programName = jdbc.sql("select name from program where id = ?").param(customer.programId())
                .query(String.class).single();
        var email = "e2e-colleague-" + customer.programId() + "@test.example";

        // The customer admin invites a colleague into the program
        signInAs(customer.admin());
        open("/admin/users");
        click(button("Invite"));
        field("vaadin-email-field", "Email").sendKeys(email);
        field("vaadin-text-field", "Name").sendKeys("Elif Example");
        var programs = field("vaadin-multi-select-combo-box", "Programs");
        click(programs);
        var item = until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().strip().equals(programName)).findFirst().orElse(null));
        click(item);
        programs.sendKeys(Keys.ESCAPE);
        screenshot("invite-filled");
        click(button("Send invitation"));
        until(d -> bodyText().contains("Invitation sent to " + email));
        screenshot("invited");
        driver.manage().deleteAllCookies(); // the colleague's own browser

        // The colleague receives the mail and follows its link
        MimeMessage mail = TestMailServer.awaitMails(1, Duration.ofSeconds(15)).getFirst();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        var matcher = LINK.matcher(plainText(mail));
        assertThat(matcher.find()).isTrue();
        var link = matcher.group();

        int clicks = 0;
        driver.get(link); // click 1: the link in the mail
        clicks++;
        var password = field("vaadin-password-field", "New password");
        waitForVaadin();
        screenshot("invitation-page");
        assertThat(bodyText()).contains("Join " + customer.name() + " on CoHelm");
        password.sendKeys("saffron kettle bridge 73");
        click(button("Join")); // click 2
        clicks++;

        until(d -> path().equals("/programs/" + customer.programId()));
        until(d -> bodyText().contains(programName));
        waitForVaadin();
        screenshot("program");
        assertThat(bodyText()).contains("Elif Example");
        System.out.println("Clicks from the invitation mail to the program: " + clicks);
        assertThat(clicks).isLessThanOrEqualTo(3);
    }

    private static String plainText(MimeMessage message) throws Exception {
        var multipart = (jakarta.mail.Multipart) message.getContent();
        return findText(multipart);
    }

    private static String findText(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                var text = findText(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
