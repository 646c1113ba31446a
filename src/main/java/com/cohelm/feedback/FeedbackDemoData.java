package com.cohelm.feedback;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.base.demo.DemoDataContributor;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.program.ProgramDirectory.ProgramRef;
import com.cohelm.security.Side;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programs' feedback, dated relative to now. Pulses follow the rules of decision 0025: a pulse
 * closes and is revealed when everyone asked has answered with at least two answers per side, or on its
 * closing day. Calloway: strong feedback both ways and a quarterly pulse over the last three quarters, all
 * high, each revealed when its fourth answer came, and the current quarter's, open and blind. Verdant: criticism of a slip that led to the recovery
 * plan, criticism the other way, one reworded item, and a low pulse closed on its day, in which Tomás's
 * answer is internal: customers see the supplier side as too few answers, the supplier sees it. Brightline:
 * a revealed pulse with an obvious perception gap (Brightline rates the supplier's communication 5, the
 * supplier rates the clarity of Brightline's specs 2), and an open pulse Bea answered that is still blind
 * for the supplier.
 */
@Component
@Order(60)
class FeedbackDemoData implements DemoDataContributor {

    private final FeedbackItemRepository items;
    private final FeedbackRevisionRepository revisions;
    private final PulseRepository pulses;
    private final PulseResponseRepository responses;
    private final PulseCadenceRepository cadences;
    private final ProgramDirectory programs;
    private final AccountDirectory people;
    private final Clock clock;

    FeedbackDemoData(FeedbackItemRepository items, FeedbackRevisionRepository revisions, PulseRepository pulses,
            PulseResponseRepository responses, PulseCadenceRepository cadences, ProgramDirectory programs,
            AccountDirectory people, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.pulses = pulses;
        this.responses = responses;
        this.cadences = cadences;
        this.programs = programs;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        calloway(programs.byName("Workshop systems rollout").orElseThrow());
        verdant(programs.byName("Clean-tech pilot line").orElseThrow());
        brightline(programs.byName("Production test firmware for the holiday launch").orElseThrow());
    }

    private void calloway(ProgramRef program) {
        var carl = "carl@calloway.example";
        var maya = "maya@calloway.example";
        var priya = "priya@northwind.example";
        var tomas = "tomas@northwind.example";
        var setting = new PulseCadenceSetting(program.id());
        setting.change(PulseCadence.QUARTERLY, person(priya).id(), now().minus(Duration.ofDays(400)));
        cadences.saveAndFlush(setting);
        // Three past quarters, each closed and revealed when its fourth person answered; the current quarter's is
        // open, and blind: Carl and Priya have answered, Maya and Tomás not yet.
        var today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        var quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        int[][] customer = {{4, 5, 4, 4, 9}, {5, 4, 5, 4, 9}, {5, 5, 5, 4, 10}, {5, 4, 5, 5, 9}};
        int[][] supplier = {{4, 4, 4}, {5, 4, 4}, {5, 5, 4}, {5, 4, 5}};
        for (int q = 3; q >= 0; q--) {
            var start = quarterStart.minusMonths(3L * q);
            var current = q == 0;
            var latestRevealed = q == 1;
            var opened = current ? now().minus(Duration.ofDays(2)) : instant(start.plusDays(20));
            var closesOn = current ? today.plusDays(12) : start.plusDays(34);
            var period = PulseCadence.QUARTERLY.periodKey(start);
            var pulse = pulses.save(new Pulse(program.id(), period, period, null, opened, closesOn));
            var scores = customer[3 - q];
            var s = supplier[3 - q];
            answer(pulse, carl, opened.plus(Duration.ofHours(5)), customerScores(scores), scores[4],
                    latestRevealed ? "The rollout calendar is the best we have had from a supplier." : null, false);
            answer(pulse, priya, opened.plus(Duration.ofHours(20)), supplierScores(s), null,
                    latestRevealed ? "Carl decides within a day; workshops are always ready for us." : null, false);
            if (current) {
                continue;
            }
            answer(pulse, maya, opened.plus(Duration.ofHours(9)), customerScores(scores[0], scores[1], 5, scores[3]),
                    Math.min(10, scores[4] + 1), null, false);
            answer(pulse, tomas, opened.plus(Duration.ofHours(26)), supplierScores(s[0], 5, s[2]), null, null, false);
            pulse.close(opened.plus(Duration.ofHours(26)));
            pulses.save(pulse);
        }
        item(program, Side.CUSTOMER, carl, FeedbackKind.PRAISE, "The Leeds go-live was the smoothest yet",
                "Every technician could scan on day one, and nobody from our side had to chase anything.", 40, false)
                .respond(FeedbackStatus.ACKNOWLEDGED, "Thank you. The credit goes to Maya's workshop leads as much as to us.",
                        null, null, person(priya).id(), ago(39));
        item(program, Side.SUPPLIER, priya, FeedbackKind.PRAISE, "Maya's workshop leads had every technician ready",
                "Training slots were full and everyone had their accounts before we arrived: it halved our time on site.",
                38, false).respond(FeedbackStatus.ACKNOWLEDGED, "We will tell them, they will be glad to hear it.",
                        null, null, person(carl).id(), ago(37));
        item(program, Side.CUSTOMER, maya, FeedbackKind.IDEA, "Show each workshop's uptime on the dashboard",
                "Workshop managers ask for uptime first; today they have to add it up from the reports.", 30, false)
                .respond(FeedbackStatus.RESOLVED, "Done: uptime per workshop is on the dashboard.", null,
                        "Workshop managers look at uptime first: it is now the dashboard's first tile.",
                        person(priya).id(), ago(16));
        item(program, Side.CUSTOMER, carl, FeedbackKind.CRITICISM, "Release notes arrived after the York update",
                "Technicians met the new screens before anyone had told them what changed.", 25, false)
                .respond(FeedbackStatus.RESOLVED, "Our mistake: the notes were ready but not sent.", null,
                        "Release notes now go out two days before any update, to the workshop leads first.",
                        person(tomas).id(), ago(22));
        item(program, Side.SUPPLIER, tomas, FeedbackKind.IDEA, "Keep one spare scanner per workshop",
                "A broken scanner stops a bay for a day; a spare on the shelf would keep it working.", 3, false);
    }

    private void verdant(ProgramRef program) {
        var victor = "victor@verdant.example";
        var greta = "greta@verdant.example";
        var sam = "sam@northwind.example";
        var slip = item(program, Side.CUSTOMER, victor, FeedbackKind.CRITICISM,
                "We learned about the go / no-go slip from the timeline, not from you",
                "A slip of this size should come with a call and a plan, not as a changed date on the timeline."
                        + " Our plant manager heard it from us, a week late.", 20, false);
        revisions.save(new FeedbackRevision(slip, slip.getAuthorId(), ago(19)));
        slip.describe(FeedbackKind.CRITICISM, "We learned about the go / no-go slip from the timeline, not from you",
                "A slip of this size should come with a call and a recovery plan, not as a changed date on the timeline."
                        + " Our plant manager heard it from us, a week late, and asked what else we do not know.",
                null, null, false, ago(19));
        slip.respond(FeedbackStatus.RESOLVED, "You are right. Sam called Greta the same day and we agreed the"
                        + " recovery plan together: simulator first, controller when it lands.", null,
                "A likely slip is announced by phone before the date moves, and the recovery plan is agreed with"
                        + " Verdant, not sent to them.", person(sam).id(), ago(14));
        item(program, Side.CUSTOMER, greta, FeedbackKind.CRITICISM,
                "Test stations stood idle for a week waiting for the HV option",
                "The option was ordered late; we paid operators to wait.", 9, true)
                .respond(FeedbackStatus.ACKNOWLEDGED, "Understood. We check option lead times at kick-off from now on.",
                        null, null, person(sam).id(), ago(8));
        item(program, Side.SUPPLIER, sam, FeedbackKind.CRITICISM, "The cell controller specification is three weeks late",
                "Without it we cannot finish the station software; the recovery plan assumes it arrives this month.",
                12, false).respond(FeedbackStatus.ACKNOWLEDGED, "Our vendor slipped. We escalate weekly and share"
                        + " each answer with you.", null, null, person(victor).id(), ago(11));
        var pulse = pulses.save(new Pulse(program.id(), LocalDate.ofInstant(ago(35), ZoneOffset.UTC).toString(), null,
                person(sam).id(), ago(35), LocalDate.ofInstant(ago(21), ZoneOffset.UTC)));
        answer(pulse, victor, ago(34), customerScores(3, 3, 4, 1), 5, "The schedule keeps moving without warning.", false);
        answer(pulse, greta, ago(33), customerScores(3, 2, 4, 2), 6, null, false);
        answer(pulse, sam, ago(30), supplierScores(2, 2, 3), null, "Specs and samples from Verdant arrive late.", false);
        answer(pulse, "tomas@northwind.example", ago(30), supplierScores(2, 3, 2), null,
                "Verdant's vendor management is the real risk; we should say so at the next review.", true);
        // Everyone asked answered, but customers may see one supplier answer: it waited for its closing day.
        pulse.close(ago(20));
        pulses.save(pulse);
    }

    private void brightline(ProgramRef program) {
        var bea = "bea@brightline.example";
        var ben = "ben@brightline.example";
        var sam = "sam@northwind.example";
        var tomas = "tomas@northwind.example";
        // The perception gap: Brightline is happy with the supplier, the supplier struggles with Brightline's specs.
        var revealed = pulses.save(new Pulse(program.id(), LocalDate.ofInstant(ago(30), ZoneOffset.UTC).toString(),
                null, person(sam).id(), ago(30), LocalDate.ofInstant(ago(16), ZoneOffset.UTC)));
        answer(revealed, bea, ago(29), customerScores(5, 5, 4, 4), 9, "Sam's weekly call is worth every minute.", false);
        answer(revealed, ben, ago(28), customerScores(5, 4, 4, 5), 10, null, false);
        answer(revealed, sam, ago(27), supplierScores(2, 4, 3), null,
                "Specs change after we start; we need them frozen before a sprint.", false);
        answer(revealed, tomas, ago(27), supplierScores(2, 4, 2), null, null, false);
        revealed.close(ago(27));
        pulses.save(revealed);
        // Open now: Bea answered, the supplier has not, so the supplier sees nothing of it yet.
        var open = pulses.save(new Pulse(program.id(), LocalDate.ofInstant(ago(3), ZoneOffset.UTC).toString(), null,
                person(sam).id(), ago(3), LocalDate.ofInstant(now(), ZoneOffset.UTC).plusDays(11)));
        answer(open, bea, ago(2), customerScores(4, 3, 4, 3), 7, "Answers on the rollback plan are taking days.", false);
        item(program, Side.CUSTOMER, bea, FeedbackKind.PRAISE, "Flashing over USB saved us a day per batch",
                "The switch from JTAG was done in a week and the line never stopped.", 6, false);
        item(program, Side.SUPPLIER, sam, FeedbackKind.CRITICISM, "MES credentials have been pending for ten days",
                "Station logs cannot reach the MES without them, and the launch depends on those logs.", 10, false);
        item(program, Side.CUSTOMER, ben, FeedbackKind.IDEA, "Log the station id in every failure report",
                "Finding which station failed takes us longer than fixing it.", 18, false)
                .respond(FeedbackStatus.ACKNOWLEDGED, "Good idea: firmware 3.2 logs it.", null, null,
                        person(tomas).id(), ago(17));
    }

    /** A new item, managed: the response set on it afterwards is saved with the demo data's transaction. */
    private FeedbackItem item(ProgramRef program, Side from, String author, FeedbackKind kind, String title,
            String body, int daysAgo, boolean shownAsOrganization) {
        var at = ago(daysAgo);
        var item = new FeedbackItem(program.id(), from, person(author).id(), at);
        item.describe(kind, title, body, null, null, shownAsOrganization, at);
        return items.save(item);
    }

    private void answer(Pulse pulse, String email, Instant at, Map<PulseQuestion, Integer> scores, Integer recommend,
            String comment, boolean internal) {
        var person = person(email);
        var response = new PulseResponse(pulse.getId(), person.id(), person.side(), at);
        response.answer(scores, recommend, comment, internal, at);
        responses.save(response);
    }

    private static Map<PulseQuestion, Integer> customerScores(int... s) {
        var scores = new EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        scores.put(PulseQuestion.COMMUNICATION, s[0]);
        scores.put(PulseQuestion.RESPONSIVENESS, s[1]);
        scores.put(PulseQuestion.QUALITY, s[2]);
        scores.put(PulseQuestion.SCHEDULE, s[3]);
        return scores;
    }

    private static Map<PulseQuestion, Integer> supplierScores(int... s) {
        var scores = new EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        scores.put(PulseQuestion.SPEC_CLARITY, s[0]);
        scores.put(PulseQuestion.FEEDBACK_SPEED, s[1]);
        scores.put(PulseQuestion.DECISION_ACCESS, s[2]);
        return scores;
    }

    private Instant now() {
        return clock.instant();
    }

    private Instant ago(int days) {
        return now().minus(Duration.ofDays(days));
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private PersonSummary person(String email) {
        return people.personByEmail(email).orElseThrow();
    }
}
