package com.cohelm.notification;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.program.ProgramDirectory;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few notifications of the last days for the demo people, some already read, so that the bell and the
 * list are not empty on a first visit: the mentions of the demo's comment threads. (The other features
 * write their demo history straight into their tables, which tells nobody: {@link NotificationDemoHistory}
 * makes the notifications that history would have made.)
 */
@Component
@Order(95)
class NotificationDemoData implements DemoDataContributor {

    private static final String BRIGHTLINE = "Production test firmware for the holiday launch";
    private static final String VERDANT = "Clean-tech pilot line";

    private final NotificationCenter center;
    private final ProgramDirectory programs;
    private final AccountDirectory people;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationDemoData(NotificationCenter center, ProgramDirectory programs, AccountDirectory people, JdbcClient jdbc,
            Clock clock) {
        this.center = center;
        this.programs = programs;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        notify(NotificationKind.MENTIONED, BRIGHTLINE, "Launch build readiness", "bea@brightline.example",
                "sam@northwind.example", "goals", 26, true);
        notify(NotificationKind.MENTIONED, BRIGHTLINE, "Fixture drawings for line 1", "sam@northwind.example",
                "bea@brightline.example", "actions", 5, false);
        notify(NotificationKind.MILESTONE_SLIPPED, VERDANT, "Cell controller installed on the pilot line",
                "sam@northwind.example", "victor@verdant.example", "schedule", 50, true);
        notify(NotificationKind.MENTIONED, VERDANT, "Recovery plan for the controller delay", "victor@verdant.example",
                "sam@northwind.example", "schedule", 3, false);
    }

    private void notify(NotificationKind kind, String programName, String subject, String actorEmail,
            String recipientEmail, String page, int hoursAgo, boolean read) {
        var program = programs.byName(programName).orElseThrow();
        var actor = people.personByEmail(actorEmail).orElseThrow();
        var recipient = people.personByEmail(recipientEmail).map(PersonSummary::id).orElseThrow();
        center.notify(new NotificationDraft(kind, program.id(), program.name(), subject, actor.id(), actor.displayName(),
                "programs/" + program.id() + "/" + page, false, null), Set.of(recipient));
        var at = clock.instant().minus(hoursAgo, ChronoUnit.HOURS);
        jdbc.sql("update notification set created_at = ?, read_at = ? where recipient_id = ? and subject_title = ?")
                .params(java.sql.Timestamp.from(at), read ? java.sql.Timestamp.from(at.plus(1, ChronoUnit.HOURS)) : null,
                        recipient, subject).update();
    }
}
