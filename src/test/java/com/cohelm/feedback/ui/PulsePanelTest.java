package com.cohelm.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.ui.Formats;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.feedback.PulseAnswerDraft;
import com.cohelm.feedback.PulseQuestion;
import com.cohelm.feedback.PulseService;
import com.cohelm.feedback.PulseTrendPoint;
import com.cohelm.feedback.PulseView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pulse panel and its dialogs by label: closing is confirmed with what each side will show; a side
 * with too few answers shows its count and why nothing more; "Change your answers" is gone once the
 * results are out; "Open a pulse" says why it is disabled; the perception gap's themes say which questions
 * they compare (English and French); pulses are named by their date in the reader's language on the page,
 * the program page and in the activity.
 */
class PulsePanelTest extends KaribuViewTest {

    private static final String TOMAS = "tomas@northwind.example";
    private static final String ISO_DATE = ".*\\d{4}-\\d{2}-\\d{2}.*";

    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PulseService pulseService;
    @Autowired
    JdbcClient jdbc;

    private TestProgram program;

    @BeforeEach
    void newProgram() {
        program = testPrograms.create("Pulse panel");
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String cardText(String className) {
        return text(_get(Card.class, spec -> spec.withClasses(className)));
    }

    private void open(String login) {
        login(login);
        navigate("programs/" + program.id() + "/feedback");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(FeedbackView.class);
    }

    private PulseView openPulse(LocalDate closesOn) {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            return pulseService.openPulse(program.id(), closesOn);
        } finally {
            signIn.out();
        }
    }

    private void answer(String who, long pulseId, Map<PulseQuestion, Integer> scores, Integer recommend,
            String comment, boolean internal) {
        signIn.as(who);
        try {
            pulseService.answer(program.id(), pulseId, null, new PulseAnswerDraft(scores, recommend, comment, internal));
        } finally {
            signIn.out();
        }
    }

    private static Map<PulseQuestion, Integer> customer(int score) {
        return Map.of(PulseQuestion.COMMUNICATION, score, PulseQuestion.RESPONSIVENESS, score, PulseQuestion.QUALITY,
                score, PulseQuestion.SCHEDULE, score);
    }

    private static Map<PulseQuestion, Integer> supplier(int score) {
        return Map.of(PulseQuestion.SPEC_CLARITY, score, PulseQuestion.FEEDBACK_SPEED, score,
                PulseQuestion.DECISION_ACCESS, score);
    }

    private boolean closed(long pulseId) {
        return jdbc.sql("select closed_at is not null from pulse where id = ?").param(pulseId).query(Boolean.class)
                .single();
    }

    @Test
    void closingIsConfirmedWithWhatEachSideWillShowAndOneAnswerIsNeverShown() {
        var pulse = openPulse(TestClock.today().plusDays(7));
        answer(program.customerLead(), pulse.id(), customer(2), 7, "Only Cora answered", false);
        answer(DemoLogins.SUPPLIER_MEMBER, pulse.id(), supplier(4), null, null, false);
        answer(TOMAS, pulse.id(), supplier(2), null, "Between us", true);
        var customerName = program.customerName();

        open(DemoLogins.SUPPLIER_MEMBER);
        _click(_get(Button.class, spec -> spec.withText("Close the pulse")));
        var confirm = _get(ConfirmDialog.class, spec -> spec.withClasses("close-pulse-dialog"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Close pulse "
                + Formats.date(TestClock.today(), Locale.ENGLISH) + "?");
        assertThat(text(confirm)).contains(
                "Closing ends the answers for good and shows the results to both sides. A side with fewer than 2"
                        + " answers shows only how many answered, now and later.",
                customerName + ": 1 answer, fewer than 2. Nothing of them will ever be shown, to either side: a"
                        + " closed pulse takes no more answers.",
                "Northwind Test Systems: 2 answers, 1 of them internal. Your side will see their averages and"
                        + " comments; " + customerName + " will never see them: it may see only 1 of them, fewer than 2.",
                "There will be no perception gap: it needs both sides.");
        // Keeping it open changes nothing
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.CancelEvent(confirm, false));
        confirm.close(); // as the browser does on Cancel
        assertThat(closed(pulse.id())).isFalse();

        _click(_get(Button.class, spec -> spec.withText("Close the pulse")));
        confirm = _get(ConfirmDialog.class, spec -> spec.withClasses("close-pulse-dialog"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(closed(pulse.id())).isTrue();
        var supplierResults = cardText("results-card");
        assertThat(supplierResults).contains(
                "Too few answers to show (1 of at least 2), so that nobody’s answers can be told apart.",
                "Not shown: too few answers from " + customerName + ".",
                "Northwind Test Systems rates the collaboration3.0")
                .doesNotContain("promoters", "passives");
        assertThat(cardText("gap-card")).contains("The perception gap compares both sides: it shows only when each"
                + " side has at least 2 answers.");
        assertThat(text(UI.getCurrent().getCurrentView())).doesNotContain("Only Cora answered");
        _assertNone(Button.class, spec -> spec.withText("Close the pulse"));

        // The customer: both sides too few (it may not count the internal answer), and no more answering
        open(program.customerLead());
        assertThat(cardText("pulse-card")).contains("Revealed", "You answered");
        _assertNone(Button.class, spec -> spec.withText("Change your answers"));
        _assertNone(Button.class, spec -> spec.withText("Answer the pulse"));
        var customerResults = cardText("results-card");
        assertThat(customerResults.split("Too few answers to show \\(1 of at least 2\\)", -1)).hasSize(3);
        assertThat(customerResults).doesNotContain("promoters", "3.0", "2.0");
        assertThat(text(UI.getCurrent().getCurrentView())).doesNotContain("Between us", "Only Cora answered");
    }

    @Test
    void openAPulseSaysWhyItIsDisabled() {
        var closesOn = TestClock.today().plusDays(9);
        openPulse(closesOn);
        open(DemoLogins.SUPPLIER_MEMBER);
        var button = _get(Button.class, spec -> spec.withText("Open a pulse"));
        assertThat(button.isEnabled()).isFalse();
        var reason = _get(Span.class, spec -> spec.withClasses("open-pulse-reason"));
        assertThat(reason.getText()).isEqualTo("A pulse is already open until "
                + Formats.date(closesOn, Locale.ENGLISH) + ". Close it, or let it close, before opening another.");
        assertThat(button.getElement().getAttribute("aria-describedby")).isEqualTo(reason.getId().orElseThrow());
        assertThat(button.getTooltip().getText()).isEqualTo(reason.getText());

        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("programs/" + program.id() + "/feedback");
        assertThat(_get(Span.class, spec -> spec.withClasses("open-pulse-reason")).getText())
                .startsWith("Un pulse est déjà ouvert jusqu’au " + Formats.date(closesOn, Locale.FRENCH));
    }

    @Test
    void theThemesSayWhichQuestionsTheyCompareInBothLanguages() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/feedback");
        assertThat(cardText("gap-card")).contains(
                "Compares Communication (Brightline Consumer Electronics) with Clarity of specs (Northwind Test Systems)",
                "Compares Responsiveness (Brightline Consumer Electronics) with Speed of feedback (Northwind Test Systems)",
                "Compares Quality and Schedule (Brightline Consumer Electronics) with Access to decision makers"
                        + " (Northwind Test Systems)");

        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/feedback");
        assertThat(cardText("gap-card")).contains(
                "Compare Communication (Brightline Consumer Electronics) à Clarté des spécifications (Northwind Test"
                        + " Systems)",
                "Compare Qualité et Calendrier (Brightline Consumer Electronics) à Accès aux décideurs (Northwind Test"
                        + " Systems)");
    }

    @Test
    void aPulseWithoutFiguresStillListsTheThemesAndTheirQuestions() {
        var pulse = openPulse(TestClock.today().plusDays(7));
        answer(program.customerLead(), pulse.id(), customer(3), 8, null, false);
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        pulseService.closePulse(program.id(), pulse.id(), pulse.version());
        signIn.out();
        open(program.customerMember());
        assertThat(cardText("gap-card")).contains("Information: Compares Communication (" + program.customerName()
                + ") with Clarity of specs (Northwind Test Systems)", "Pace: ", "Delivery: ");

        // Relationship health says why this pulse gives it nothing
        navigate("programs/" + program.id() + "/health");
        @SuppressWarnings("unchecked")
        Grid<com.cohelm.health.ComponentScore> breakdown = _get(Grid.class, spec -> spec.withClasses("breakdown-grid"));
        var rows = GridKt._fetch(breakdown, 0, GridKt._size(breakdown));
        var supplierPulse = rows.stream().map(com.cohelm.health.ComponentScore::component).toList()
                .indexOf(com.cohelm.health.HealthComponent.SUPPLIER_PULSE);
        assertThat(GridKt._getFormattedRow(breakdown, supplierPulse)).contains("Pulse revealed on "
                + Formats.date(TestClock.today(), Locale.ENGLISH) + ", with too few answers from this side to count");
    }

    @Test
    void pulsesAreNamedByTheirDateInTheReadersLanguage() {
        var brightline = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        login(DemoLogins.CUSTOMER_ADMIN);
        var pulses = feedback.page(brightline).pulses();
        var open = LocalDate.parse(pulses.getFirst().title());
        var revealed = LocalDate.parse(pulses.get(1).title());
        navigate("programs/" + brightline + "/feedback");
        assertThat(cardText("pulse-card")).contains("Pulse " + Formats.date(open, Locale.ENGLISH));
        assertThat(cardText("results-card")).contains("Results of pulse " + Formats.date(revealed, Locale.ENGLISH));
        @SuppressWarnings("unchecked")
        Grid<PulseTrendPoint> trend = _get(Grid.class, spec -> spec.withClasses("trend-grid"));
        assertThat(GridKt._getFormattedRow(trend, 0).getFirst()).isEqualTo(Formats.date(revealed, Locale.ENGLISH));
        // On phones the trend is a list (the stylesheet chooses), named the same way
        assertThat(text(_get(UnorderedList.class, spec -> spec.withClasses("trend-list"))))
                .startsWith("Pulse " + Formats.date(revealed, Locale.ENGLISH) + ", revealed ");
        assertThat(text(UI.getCurrent().getCurrentView())).doesNotMatch("(?s)" + ISO_DATE);

        navigate("programs/" + brightline);
        assertThat(cardText("feedback-summary")).contains("Latest pulse " + Formats.date(revealed, Locale.ENGLISH)
                + ": ").doesNotMatch("(?s)" + ISO_DATE);

        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("programs/" + brightline + "/feedback");
        assertThat(cardText("results-card")).contains("Résultats du pulse " + Formats.date(revealed, Locale.FRENCH));
        navigate("programs/" + brightline);
        assertThat(cardText("feedback-summary")).contains("Dernier pulse " + Formats.date(revealed, Locale.FRENCH));

        // The program's latest changes name a pulse the same way
        UI.getCurrent().setLocale(Locale.ENGLISH);
        openPulse(TestClock.today().plusDays(7));
        login(program.customerLead());
        navigate("programs/" + program.id());
        assertThat(text(_get(UnorderedList.class, spec -> spec.withClasses("activity-list"))))
                .contains("opened the pulse " + Formats.date(TestClock.today(), Locale.ENGLISH));
    }
}
