package com.cohelm.conversation;

import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.base.demo.DemoSignIn;
import com.cohelm.program.ProgramDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few conversations across both sides in the demo programs: on a goal, a slipped milestone, a question,
 * a piece of criticism and a review, with @mentions. Written through {@link ConversationService} as the
 * people who would have written them (so every rule applies and the activity feed shows them), then dated
 * back a little with SQL so the threads read like a real exchange.
 */
@Component
@Order(90)
class ConversationDemoData implements DemoDataContributor {

    private static final String BRIGHTLINE = "Production test firmware for the holiday launch";
    private static final String VERDANT = "Clean-tech pilot line";
    private static final String CALLOWAY = "Workshop systems rollout";

    private final ConversationService conversations;
    private final ProgramDirectory programs;
    private final DemoSignIn signIn;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConversationDemoData(ConversationService conversations, ProgramDirectory programs, DemoSignIn signIn,
            JdbcClient jdbc, Clock clock) {
        this.conversations = conversations;
        this.programs = programs;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        var brightline = programs.byName(BRIGHTLINE).orElseThrow().id();
        var yield = CommentSubject.goal(brightline, id("goal", "title", "First-pass yield on the launch line"));
        say(yield, "bea@brightline.example", 50, """
                Yield is at **99.1 %** on line 1. @Tomás Ferreira, can you check whether the retests on \
                station 4 are the fixture or the firmware?""", "tomas@northwind.example");
        say(yield, "tomas@northwind.example", 47, """
                Fixture: the pogo pins on station 4 are worn. Logs attached to the action plan.
                @Ben Adeyemi, could your team swap them before the validation run?""", "ben@brightline.example");
        say(yield, "ben@brightline.example", 30, "Swapped this morning. First 200 units all passed first time.");
        var question = CommentSubject.action(brightline, id("action_item", "title",
                "What is the rollback plan if 3.2 fails on the line?"));
        say(question, "sam@northwind.example", 20, """
                Drafting it now: flash 3.1 from the station image, no fixture change needed. \
                @Bea Lindqvist, is a 15-minute line stop acceptable for that?""", "bea@brightline.example");

        var verdant = programs.byName(VERDANT).orElseThrow().id();
        var controller = CommentSubject.milestone(verdant, id("milestone", "title",
                "Cell controller installed on the pilot line"));
        say(controller, "victor@verdant.example", 40, """
                We acknowledged the slip, but the recovery plan still needs a date for the **interlock test**. \
                @Sam Okafor, when can your engineer be on site?""", "sam@northwind.example");
        say(controller, "sam@northwind.example", 36, """
                Tomás can be there on the 14th. @Greta Novak, we need the safety officer that day too.""",
                "greta@verdant.example");
        var criticism = CommentSubject.feedback(verdant, id("feedback_item", "title",
                "The cell controller specification is three weeks late"));
        say(criticism, "greta@verdant.example", 25, """
                Fair point. Our safety review held it up; it is now on my desk and out by Friday.""");

        var calloway = programs.byName(CALLOWAY).orElseThrow().id();
        var notes = CommentSubject.feedback(calloway, id("feedback_item", "title",
                "Release notes arrived after the York update"));
        say(notes, "priya@northwind.example", 60, """
                Agreed, that should not happen again. From now on release notes go out **two days** before \
                each update. @Carl Brennan, does that give your workshops enough time?""",
                "carl@calloway.example");
        say(notes, "carl@calloway.example", 58, "Two days is fine. Thank you for changing it so quickly.");
    }

    private long id(String table, String column, String value) {
        return jdbc.sql("select id from " + table + " where " + column + " = ? order by id limit 1").param(value)
                .query(Long.class).single();
    }

    /** A comment by someone, {@code hoursAgo} hours back, mentioning the people given by email. */
    private void say(CommentSubject subject, String email, long hoursAgo, String markdown, String... mentioned) {
        var mentions = new java.util.HashSet<Long>();
        for (var person : mentioned) {
            mentions.add(jdbc.sql("select id from user_account where email = ?").param(person).query(Long.class)
                    .single());
        }
        var comment = signIn.as(email, () -> conversations.post(subject, new CommentDraft(markdown, mentions)));
        jdbc.sql("update comment set created_at = ? where id = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofHours(hoursAgo))), comment.id()).update();
    }

}
