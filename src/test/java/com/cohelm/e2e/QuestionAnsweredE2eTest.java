package com.cohelm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.BrowserFlowTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A question across the two sides in a real browser (Debian's headless Chromium): Sam, the supplier
 * lead, asks the customer lead a question on the action plan; she signs in, finds it on her home page
 * among the questions waiting for her answer, answers it there, and the plan shows the answer. The
 * program and its customer are made for this test, so the demo plans keep their figures.
 */
class QuestionAnsweredE2eTest extends BrowserFlowTest {

    QuestionAnsweredE2eTest() {
        super("question");
    }

    @Autowired
    TestPrograms testPrograms;

    private long programId;
    private String customerLead;
    private String question;
    private final String answer = "Two FX-200 beds of nails on line 2.";

    @BeforeEach
    void newProgram() {
        var program = testPrograms.create("Question flow");
        programId = program.id();
        customerLead = program.customerLead();
        question = "Which fixtures does line 2 use? " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theSupplierAsksAndTheCustomerAnswersFromHerHomePage() {
        // Sam asks the customer lead a question on the program's action plan
        signIn(DemoLogins.SUPPLIER_MEMBER);
        var plan = "/programs/" + programId + "/actions";
        open(plan);
        click(button("Ask a question"));
        field("vaadin-text-field", "Your question").sendKeys(question);
        var to = field("vaadin-combo-box", "Addressed to");
        to.sendKeys(TestPrograms.CUSTOMER_LEAD_NAME.substring(0, 4));
        waitForVaadin();
        to.sendKeys(Keys.ARROW_DOWN);
        to.sendKeys(Keys.ENTER);
        var datePicker = until(d -> d.findElements(By.cssSelector("vaadin-date-picker")).stream()
                .filter(f -> f.isDisplayed() && "Due date".equals(f.getAttribute("label"))).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", datePicker,
                TestClock.today().plusDays(3).toString());
        waitForVaadin();
        screenshot("asked");
        click(button("Save"));
        until(d -> gridCells().stream().anyMatch(cell -> cell.contains(question)));
        waitForVaadin();
        assertThat(gridCells()).anyMatch(cell -> cell.contains("Asked by Sam Okafor"));
        screenshot("plan-with-question");

        // The customer lead signs in and answers it from her home page
        driver.manage().deleteAllCookies();
        signIn(customerLead);
        assertThat(bodyText()).contains("Questions waiting for your answer", question, "asked by Sam Okafor");
        var card = until(d -> d.findElements(By.cssSelector("vaadin-card.question-card")).stream()
                .filter(c -> c.isDisplayed() && c.getText().contains(question)).findFirst().orElse(null));
        var text = card.findElement(By.cssSelector("vaadin-text-area textarea"));
        click(text);
        text.sendKeys(answer);
        text.sendKeys(Keys.TAB);
        waitForVaadin();
        screenshot("answer-typed");
        click(card.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals("Send the answer")).findFirst().orElseThrow());
        until(d -> bodyText().contains("Answer sent: the question is closed."));
        until(d -> !bodyText().contains(question));
        screenshot("answered");

        // The plan shows the answer, closed
        open(plan);
        until(d -> gridCells().stream().anyMatch(cell -> cell.contains(TestPrograms.CUSTOMER_LEAD_NAME + " answered: " + answer)));
        waitForVaadin();
        assertThat(gridCells()).anyMatch(cell -> cell.contains(question)).contains("Done");
        screenshot("plan-answered");

        // The program page shows how fast each side answers: the customer answered within minutes
        open("/programs/" + programId);
        until(d -> bodyText().contains("How fast Northwind Test Systems responds"));
        waitForVaadin();
        assertThat(bodyText()).contains("median 0 h · 100% on time · 1 done, 0 overdue");
        screenshot("responsiveness");
    }

    private void signIn(String email) {
        signInAs(email);
        until(d -> bodyText().contains("Your programs"));
    }


}
