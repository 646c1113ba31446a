package com.cohelm.support;

import com.cohelm.base.mail.DevMailbox;
import com.cohelm.base.mail.Mail;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A customer of its own for a people test, so invitations, role changes and disabled accounts never
 * touch the demo organizations: a program with a customer admin, a member and a viewer; and the links
 * of the mails kept in the dev mailbox.
 */
@Component
public class TestPeople {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A customer with one program: its admin (also the program's customer lead), member and viewer. */
    public record TestCustomer(long organizationId, String name, long programId, String admin, String member,
            String viewer) {
    }

    private final TestPrograms programs;
    private final DemoPrograms demo;
    private final JdbcClient jdbc;
    private final SignIn signIn;
    private final DevMailbox mailbox;
    private final TestEvents events;

    TestPeople(TestPrograms programs, DemoPrograms demo, JdbcClient jdbc, SignIn signIn, DevMailbox mailbox,
            TestEvents events) {
        this.programs = programs;
        this.demo = demo;
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.mailbox = mailbox;
        this.events = events;
    }

    public TestCustomer customer(String programName) {
        var program = programs.create(programName);
        jdbc.sql("update user_account set role = 'ADMIN' where email = ?").param(program.customerLead()).update();
        return new TestCustomer(demo.organizationId(program.customerName()), program.customerName(), program.id(),
                program.customerLead(), program.customerMember(), program.viewer());
    }

    /** The latest mail the dev mailbox kept for this address, read as the supplier admin would. */
    public Optional<Mail> latestMailTo(String email) {
        return mailsTo(email).stream().findFirst();
    }

    /** Newest first, once every mail asked for so far was delivered (mails leave after commit: decision 0034). */
    public List<Mail> mailsTo(String email) {
        events.awaitHandled();
        var saved = SecurityContextHolder.getContext();
        try {
            signIn.as(DemoLogins.SUPPLIER_ADMIN);
            return mailbox.latest().stream().filter(mail -> mail.to().equalsIgnoreCase(email)).toList();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    /** The one link of a mail. */
    public static String link(Mail mail) {
        var matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No link in the mail " + mail.subject());
        }
        return matcher.group();
    }

    /** The secret at the end of a link. */
    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
