package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.SlipCause;
import com.cohelm.schedule.SlipReport;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class HomeViewTest extends KaribuViewTest {

    @Autowired
    ActionService actions;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    JdbcClient jdbc;

    private java.util.List<String> programCards() {
        return _find(Anchor.class, spec -> spec.withClasses("program-card-title")).stream()
                .map(Anchor::getText).toList();
    }

    @Test
    void aCustomerSeesTheirOwnProgramOnly() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, Bea");
        assertThat(programCards()).contains(DemoLogins.BRIGHTLINE_PROGRAM)
                .doesNotContain(DemoLogins.VERDANT_PROGRAM, DemoLogins.CALLOWAY_PROGRAM);
        assertThat(_find(Card.class)).isNotEmpty();
    }

    @Test
    void theSupplierAdminSeesEveryProgram() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("");
        // Twelve cards at most; the demo programs end soonest, so they are among them.
        assertThat(programCards()).contains(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM,
                DemoLogins.CALLOWAY_PROGRAM);
    }

    @Test
    void theViewerSeesTheirProgram() {
        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("");
        assertThat(programCards()).containsExactly(DemoLogins.BRIGHTLINE_PROGRAM);
        // Nothing is ever assigned to a viewer, who is not told to add what they may not add.
        assertThat(section("home-questions")).contains("No question is waiting for your answer.");
        assertThat(section("home-actions")).contains("Nothing assigned to you is open.")
                .doesNotContain("add an action");
    }

    private static String section(String className) {
        return _get(Div.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    private static Card programCard(String name) {
        return _find(Card.class, spec -> spec.withClasses("program-card")).stream()
                .filter(card -> !_find(card, Anchor.class, spec -> spec.withText(name)).isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void theHomePageSaysWhatIsDueAndWhoIsWaitingOnWhom() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("");
        // Sam asked Bea to confirm the launch date: it waits for her answer, with a place to write it.
        var questions = section("home-questions");
        assertThat(questions).contains("Questions waiting for your answer", "Please confirm the launch build date",
                "asked by Sam Okafor");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Your answer"))).isNotEmpty();
        // Her program, with what each side still has open (the plan's items and one from the last review each).
        assertThat(_get(programCard(DemoLogins.BRIGHTLINE_PROGRAM), Anchor.class,
                spec -> spec.withClasses("open-items")).getText())
                .isEqualTo("Open: 4 supplier side · 3 customer side");
    }

    @Test
    void milestonesDueSoonAndLateOnesAreOnTheHomePageOfBothSides() {
        // Verdant's customer is late on the export format; the supplier's lead sees it as well.
        for (var login : List.of("victor@verdant.example", "sam@northwind.example")) {
            login(login);
            navigate("programs"); // the router keeps the home view while the address stays the same
            navigate("");
            var milestones = section("home-milestones");
            assertThat(milestones).as(login).contains("Milestones due in the next 14 days, and late ones",
                    "Yield data export format agreed", "Clean-tech pilot line · Customer", "Late");
            assertThat(_find(programCard(DemoLogins.VERDANT_PROGRAM), Anchor.class)).extracting(Anchor::getText)
                    .anyMatch(text -> text.startsWith("Next milestone: Yield data export format agreed"));
        }
        // Brightline's release candidate is due in nine days; nothing of Verdant's reaches Bea.
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs");
        navigate("");
        assertThat(section("home-milestones")).contains("Firmware release candidate")
                .doesNotContain("Yield data export format agreed");
    }

    @Test
    void myOpenActionsAreListedOverdueFirst() {
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("");
        var actions = section("home-actions");
        assertThat(actions).contains("Deliver the cell controller specification", "Overdue",
                "Confirm the controller delivery date with the vendor", "All my actions (2)");
        assertThat(actions.indexOf("Deliver the cell controller specification"))
                .isLessThan(actions.indexOf("Confirm the controller delivery date with the vendor"));
        assertThat(section("home-questions")).contains("Please send the yield data export format", "Overdue");
    }

    @Test
    void aQuestionIsAnsweredFromTheHomePage() {
        var program = testPrograms.create("Home answer");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var question = actions.create(program.id(), ActionDraft.manual("Which jig for the 2nd line?", null,
                demo.personId(program.customerMember()), TestClock.today().plusDays(2), true));
        signIn.out();

        login(program.customerMember());
        navigate("");
        var card = _find(Card.class, spec -> spec.withClasses("question-card")).stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Which jig for the 2nd line?"))
                .findFirst().orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("Send the answer")));
        var answer = _get(card, TextArea.class, spec -> spec.withLabel("Your answer"));
        assertThat(answer.isInvalid()).isTrue();
        _setValue(answer, "The JX-4.");
        _click(_get(card, Button.class, spec -> spec.withText("Send the answer")));

        assertThat(section("home-questions")).doesNotContain("Which jig for the 2nd line?");
        assertThat(jdbc.sql("select concat(status, ':', answer) from action_item where id = ?").param(question.id())
                .query(String.class).single()).isEqualTo("DONE:The JX-4.");
    }

    /** The lines of a "waiting" section: each a kind, a link to the thing, and its program with since when or due. */
    private static List<String> waitingLines(String className) {
        var section = _get(Div.class, spec -> spec.withClasses(className));
        return _find(section, com.vaadin.flow.component.html.ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    @Test
    void victorSeesTheReBaselineAndTheSlipWaitingOnHimAsVerdantsLead() {
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("");
        var verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        var lines = waitingLines("home-waiting");
        assertThat(section("home-waiting")).startsWith("Waiting on you");
        // Proposed by Sam two days before the demo's today: "since" that day, in Victor's own time zone.
        var zone = java.time.ZoneId.of(jdbc.sql("select time_zone from user_account where email = ?")
                .param(DemoLogins.CUSTOMER_MEMBER).query(String.class).single());
        var proposed = com.cohelm.base.ui.Formats.date(java.time.LocalDate.ofInstant(
                TestClock.startedAt().minus(java.time.Duration.ofDays(2)), zone), java.util.Locale.ENGLISH);
        assertThat(lines).anyMatch(line -> line.startsWith("Re-baseline to decide")
                && line.contains("The controller slip moves the first shift")
                && line.endsWith(DemoLogins.VERDANT_PROGRAM + " · since " + proposed));
        assertThat(lines).anyMatch(line -> line.startsWith("Slip to acknowledge or contest")
                && line.contains("First full shift on our systems"));
        assertThat(lines).anyMatch(line -> line.startsWith("Question to answer")
                && line.contains("Please send the yield data export format") && line.contains(" · due "));
        assertThat(lines).anyMatch(line -> line.startsWith("Overdue action")
                && line.contains("Deliver the cell controller specification"));
        // Each line opens the thing itself.
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("home-waiting")), Anchor.class,
                spec -> spec.withText("First full shift on our systems")).getHref())
                .startsWith("programs/" + verdant + "/schedule/");
        assertThat(_find(_get(Div.class, spec -> spec.withClasses("home-waiting")), Anchor.class).stream()
                .filter(a -> a.getText().startsWith("The controller slip")).findFirst().orElseThrow().getHref())
                .isEqualTo("programs/" + verdant + "/schedule");
    }

    /**
     * A supplier lead of their own (Sam leads every test program, so other tests would add to his lists): the
     * customer's lead reported a slip he answers and asked him a question; he asked the customer one back.
     */
    @Test
    void aSupplierLeadSeesWhatHeOwesAndWhatTheOtherSideOwesHim() {
        var program = testPrograms.create("Home waiting");
        var email = "supplier-lead-" + program.id() + "@northwind.example";
        jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                + " select organization_id, ?, 'Stan Lead', 'MEMBER', password_hash, created_at from user_account"
                + " where email = ?").params(email, DemoLogins.SUPPLIER_MEMBER).update();
        var supplierLead = demo.personId(email);
        jdbc.sql("update program set supplier_lead_id = ? where id = ?").params(supplierLead, program.id()).update();
        jdbc.sql("insert into program_member (program_id, user_id, added_at) values (?, ?, ?)")
                .params(program.id(), supplierLead, java.sql.Timestamp.from(TestClock.now())).update();
        var customerLead = demo.personId(program.customerLead());
        var today = TestClock.today();
        signIn.as(program.customerLead());
        actions.create(program.id(), ActionDraft.manual("Which firmware build goes to the line?", null, supplierLead,
                today.plusDays(3), true));
        var milestone = milestoneService.create(program.id(), new MilestoneDraft("Fixtures delivered", null,
                OwnerSide.CUSTOMER, customerLead, today.plusDays(20), today.plusDays(20), java.util.Set.of(),
                java.util.Set.of(), null)).row();
        milestoneService.update(program.id(), milestone.id(), milestone.version(), new MilestoneDraft("Fixtures delivered",
                null, OwnerSide.CUSTOMER, customerLead, today.plusDays(20), today.plusDays(27), java.util.Set.of(),
                java.util.Set.of(), new SlipReport(SlipCause.CUSTOMER, "Supplier of pins late", "Air freight")));
        signIn.as(email);
        actions.create(program.id(), ActionDraft.manual("Who signs off the golden unit?", null, customerLead,
                today.plusDays(3), true));
        signIn.out();

        login(email);
        navigate("");
        assertThat(waitingLines("home-waiting")).hasSize(2)
                .anyMatch(line -> line.startsWith("Question to answer")
                        && line.contains("Which firmware build goes to the line?") && line.contains(" · due "))
                .anyMatch(line -> line.startsWith("Slip to acknowledge or contest")
                        && line.contains("Fixtures delivered") && line.contains(" · since "));
        assertThat(section("home-waiting-other-side")).startsWith("Waiting on the other side");
        assertThat(waitingLines("home-waiting-other-side")).singleElement().asString()
                .startsWith("Your question, unanswered").contains("Who signs off the golden unit?");

        // The customer's lead sees the other direction: the question to answer, his own question owed to him.
        login(program.customerLead());
        navigate("programs");
        navigate("");
        assertThat(waitingLines("home-waiting")).singleElement().asString().startsWith("Question to answer")
                .contains("Who signs off the golden unit?");
        assertThat(waitingLines("home-waiting-other-side")).singleElement().asString()
                .contains("Which firmware build goes to the line?");
    }

    @Test
    void beaSeesTheQuestionSheOwesAndOliviaAsAViewerIsToldNothingWaits() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("");
        assertThat(waitingLines("home-waiting")).anyMatch(line -> line.startsWith("Question to answer")
                && line.contains("Please confirm the launch build date"));
        assertThat(waitingLines("home-waiting")).noneMatch(line -> line.contains(DemoLogins.VERDANT_PROGRAM));

        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("programs");
        navigate("");
        assertThat(section("home-waiting")).isEqualTo("Waiting on you"
                + "Nothing is waiting on you: no overdue item, no question to answer, no decision or sign-off.");
        assertThat(_find(Div.class, spec -> spec.withClasses("home-waiting-other-side"))).isEmpty();
    }

    @Test
    void someoneInNoProgramIsToldWhatToDoNext() {
        login("greta@verdant.example");
        navigate("");
        assertThat(programCards()).contains(DemoLogins.VERDANT_PROGRAM);
    }
}
