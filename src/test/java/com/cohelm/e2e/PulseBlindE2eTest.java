package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.feedback.PulseAnswerDraft;
import com.cohelm.feedback.PulseQuestion;
import com.cohelm.feedback.PulseService;
import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A blind pulse in a real browser (Debian's headless Chromium): the supplier lead has opened a pulse and
 * answered it, and so has the customer member; the customer lead answers it; Tomás, on the supplier side,
 * sees that the customers answered and nothing of what, until he, the last one asked, answers for the
 * supplier side; then the pulse closes and both sides' results are there (two answers per side, the
 * minimum), the customer's comment among them, and nobody can change their answers any more. The program
 * is made for this test.
 */
class PulseBlindE2eTest extends BrowserFlowTest {

    private static final String TOMAS = "tomas@northwind.example";

    PulseBlindE2eTest() {
        super("pulse");
    }

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    PulseService pulseService;
    @Autowired
    SignIn signIn;

    private TestProgram program;
    private String comment;

    @BeforeEach
    void programWithAnOpenPulse() {
        program = testPrograms.create("Pulse flow");
        comment = "Dates move without a call " + UUID.randomUUID().toString().substring(0, 6);
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            var pulse = pulseService.openPulse(program.id(), TestClock.today().plusDays(7));
            pulseService.answer(program.id(), pulse.id(), null, new PulseAnswerDraft(Map.of(PulseQuestion.SPEC_CLARITY, 2,
                    PulseQuestion.FEEDBACK_SPEED, 3, PulseQuestion.DECISION_ACCESS, 4), null, null, false));
            signIn.as(program.customerMember());
            pulseService.answer(program.id(), pulse.id(), null, new PulseAnswerDraft(Map.of(PulseQuestion.COMMUNICATION, 4,
                    PulseQuestion.RESPONSIVENESS, 4, PulseQuestion.QUALITY, 4, PulseQuestion.SCHEDULE, 4), 10, null,
                    false));
        } finally {
            signIn.out();
        }
    }

    @Test
    void theSupplierSeesNothingOfTheCustomersAnswersUntilItHasAnsweredToo() {
        var page = "/programs/" + program.id() + "/feedback";

        // The customer lead answers the pulse
        signInAs(program.customerLead());
        open(page);
        click(button("Answer the pulse"));
        rate("Communication of Northwind Test Systems", "5");
        rate("Responsiveness of Northwind Test Systems", "4");
        rate("Quality of the work of Northwind Test Systems", "4");
        rate("Northwind Test Systems keeps to the schedule", "2");
        rate("How likely are you to recommend Northwind Test Systems?", "9");
        field("vaadin-text-area", "Comment").sendKeys(comment);
        waitForVaadin();
        screenshot("customer-answers");
        click(button("Send my answers"));
        until(d -> bodyText().contains("You answered"));
        waitForVaadin();
        assertThat(bodyText()).contains("Blind");
        screenshot("customer-answered");

        // Tomás, on the supplier side: the customer answered, and nothing of what
        driver.manage().deleteAllCookies();
        signInAs(TOMAS);
        open(page);
        until(d -> bodyText().contains("Blind"));
        waitForVaadin();
        assertThat(bodyText()).contains("Answers from " + program.customerName() + "\n2")
                .doesNotContain(comment, "Net promoter score", "Perception gap");
        screenshot("supplier-blind");

        // He is the last one asked: when he answers, the pulse closes and both sides' results are revealed
        click(button("Answer the pulse"));
        rate("Clarity of the specifications from " + program.customerName(), "2");
        rate("Speed of feedback from " + program.customerName(), "3");
        rate("Access to the decision makers of " + program.customerName(), "4");
        waitForVaadin();
        click(button("Send my answers"));
        until(d -> bodyText().contains("Perception gap"));
        waitForVaadin();
        assertThat(bodyText()).contains("Revealed", comment, "+100 (2 promoters, 0 passives, 0 detractors)",
                "The views differ most on").doesNotContain("Change your answers", "Too few answers");
        screenshot("revealed");

        // And the customer sees the supplier's answers too
        driver.manage().deleteAllCookies();
        signInAs(program.customerLead());
        open(page);
        until(d -> bodyText().contains("Perception gap"));
        assertThat(bodyText()).contains("Northwind Test Systems rates the collaboration", "Clarity of specs: 2.0")
                .doesNotContain("Change your answers");
        screenshot("customer-sees-results");
    }

    /** Chooses a value in the radio group with this label. */
    private void rate(String label, String value) {
        var group = until(d -> d.findElements(By.cssSelector("vaadin-radio-group")).stream()
                .filter(g -> g.isDisplayed() && label.equals(g.getAttribute("label"))).findFirst().orElse(null));
        var radio = until(d -> group.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().strip().equals(value)).findFirst().orElse(null));
        click(radio);
        waitForVaadin();
    }
}
