package com.cohelm.review.ui;

import static com.cohelm.review.ui.ReviewViewsFixture.SAM;
import static com.cohelm.review.ui.ReviewViewsFixture.TOMAS;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.base.ui.Formats;
import com.cohelm.shell.NotFoundView;
import com.cohelm.shell.ResourceNotFoundView;
import com.cohelm.review.DecisionDraft;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewMeetingService;
import com.cohelm.review.ReviewService;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live review page, driven as attendees would: minutes in Markdown shown sanitised, decisions with
 * who agreed on each side, action items going into the plan, the presenter's moves and other people's
 * changes arriving by push, sign-off by both leads and amendments once closed, and not found for others.
 */
class ReviewViewTest extends KaribuViewTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ReviewViewsFixture fixture;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    DemoPrograms demo;

    private TestProgram program;
    private ReviewDetails review;

    @BeforeEach
    void newReview() {
        program = testPrograms.create("Review page");
        review = fixture.started(program);
    }

    private void open(String login) {
        login(login);
        navigate("reviews/" + review.id());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String currentItem() {
        return text(_get(Div.class, spec -> spec.withClasses("review-item-head")));
    }

    @SuppressWarnings("unchecked")
    private static void choose(String label, String name) {
        ComboBox<PersonSummary> box = _get(ComboBox.class, spec -> spec.withLabel(label));
        _setValue(box, box.getListDataView().getItems().filter(p -> p.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not offered in " + label)));
    }

    /** Lets the push deliveries of other people's changes run, as the browser's round trips would. */
    private static void awaitPush(BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the change did not arrive");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void attendeesCaptureMinutesDecisionsAndActions() {
        var tomas = tomasName();
        open(SAM);
        assertThat(currentItem()).contains("Launch readiness");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("review-item-data-holder")), Html.class).getInnerHtml())
                .contains("Is the <strong>launch build</strong> ready?");
        assertThat(text(_get(Card.class, spec -> spec.withClasses("review-attendees"))))
                .contains(TestPrograms.CUSTOMER_LEAD_NAME);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Add to the minutes")),
                "Agreed: **ship 3.2** <script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        var note = _get(Div.class, spec -> spec.withClasses("review-note"));
        var html = _get(note, Html.class).getInnerHtml();
        assertThat(html).contains("<strong>ship 3.2</strong>").doesNotContain("<script");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Add to the minutes")).getValue()).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Record decision")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Decision")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Decision")), "Freeze the firmware at 3.2");
        choose("Agreed for the supplier by", tomas);
        choose("Agreed for the customer by", TestPrograms.CUSTOMER_LEAD_NAME);
        _click(_get(Button.class, spec -> spec.withText("Record decision")));
        assertThat(text(_get(Div.class, spec -> spec.withClasses("review-decision"))))
                .contains("Freeze the firmware at 3.2", "Agreed by " + tomas + " and " + TestPrograms.CUSTOMER_LEAD_NAME);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Action item")), "Flash line 1");
        choose("Assignee", TestPrograms.CUSTOMER_MEMBER_NAME);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Due")), TestClock.today().plusDays(5));
        _click(_get(Button.class, spec -> spec.withText("Add to the action plan")));
        assertThat(text(_get(Div.class, spec -> spec.withClasses("review-action")))).contains("Flash line 1");
        signIn.as(SAM);
        assertThat(actions.fromOrigin(program.id(), ActionOrigin.REVIEW, review.id()))
                .extracting(a -> a.title()).containsExactly("Flash line 1");
    }

    private String tomasName() {
        return fixture.as(SAM, () -> reviews.review(review.id()).orElseThrow().supplierPeople().stream()
                .filter(p -> p.email().equals(TOMAS)).findFirst().orElseThrow().displayName());
    }

    @Test
    void otherPeoplesChangesArriveByPush() throws InterruptedException {
        var tomas = tomasName();
        open(program.customerLead());
        var staffing = review.agenda().getLast().id();
        fixture.as(SAM, () -> {
            meetings.show(review.id(), staffing);
            meetings.recordDecision(review.id(), staffing, new DecisionDraft("Two people on call",
                    demo.personId(TOMAS), demo.personId(program.customerLead())));
            return null;
        });
        login(program.customerLead());
        awaitPush(() -> currentItem().contains("Staffing") && !_find(Div.class, spec -> spec.withClasses("review-decision")).isEmpty());
        assertThat(text(_get(Div.class, spec -> spec.withClasses("review-decision"))))
                .contains("Two people on call", tomas);
        assertThat(text(_get(Div.class, spec -> spec.withClasses("review-agenda"))))
                .contains("no notes · 1 decision · no actions");
    }

    @Test
    void someoneElsesNoteArrivingMidDecisionKeepsWhoTheReaderChose() throws InterruptedException {
        var tomas = tomasName();
        open(SAM);
        var item = review.agenda().getFirst().id();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Decision")), "Freeze the firmware at 3.2");
        choose("Agreed for the supplier by", tomas);
        choose("Agreed for the customer by", TestPrograms.CUSTOMER_LEAD_NAME);
        fixture.as(program.customerLead(), () -> meetings.addNote(review.id(), item, "Line 2 is ready"));
        login(SAM);
        awaitPush(() -> text(_get(Div.class, spec -> spec.withClasses("review-agenda"))).contains("1 note"));

        _click(_get(Button.class, spec -> spec.withText("Record decision")));
        assertThat(text(_get(Div.class, spec -> spec.withClasses("review-decision"))))
                .contains("Freeze the firmware at 3.2", "Agreed by " + tomas + " and " + TestPrograms.CUSTOMER_LEAD_NAME);
    }

    @Test
    void bothLeadsSignOffAndThenOnlyAmendmentsAreAdded() {
        open(TOMAS);
        assertThat(_find(Button.class, spec -> spec.withText("Sign off the minutes"))).as("not a lead").isEmpty();
        open(SAM);
        _click(_get(Button.class, spec -> spec.withText("Sign off the minutes")));
        assertThat(text(_get(Card.class, spec -> spec.withClasses("review-sign-offs")))).contains("signed off by");
        assertThat(_find(Div.class, spec -> spec.withClasses("review-capture"))).as("frozen while signed").isEmpty();

        open(program.customerLead());
        _click(_get(Button.class, spec -> spec.withText("Sign off the minutes")));
        assertThat(_get(Badge.class, spec -> spec.withClasses("review-state")).getText()).isEqualTo("Closed");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Amendment")), "Correction: *3.2.1*");
        _click(_get(Button.class, spec -> spec.withText("Append amendment")));
        var amendment = _get(Div.class, spec -> spec.withClasses("review-amendment"));
        assertThat(_get(amendment, Html.class).getInnerHtml()).contains("<em>3.2.1</em>");
        assertThat(text(amendment)).contains(TestPrograms.CUSTOMER_LEAD_NAME);
    }

    @Test
    void viewersFollowButDoNotCapture() {
        open(program.viewer());
        assertThat(currentItem()).contains("Launch readiness");
        assertThat(_find(Div.class, spec -> spec.withClasses("review-capture"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Update the agenda"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("PDF summary"))).hasSize(1);
    }

    @Test
    void anotherCustomersReviewIsNotFound() {
        open(DemoLogins.CUSTOMER_ADMIN);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, ResourceNotFoundView.class);
        navigate("reviews/not-a-number");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, ResourceNotFoundView.class);
    }

    @Test
    void aClosedReviewShowsItsRecordWithWhatChangedSince() {
        var closed = fixture.closedWithGoal(program);
        var today = TestClock.today();
        login(program.viewer());
        navigate("reviews/" + closed.id());

        // this program met ten minutes earlier too (the page's own review): "since the last review"
        assertThat(currentItem()).contains("First-pass yield", "2 measurements since the last review, latest 86.5 % on "
                + Formats.date(today.minusDays(1), Locale.ENGLISH));
        var data = text(_get(Div.class, spec -> spec.withClasses("review-item-data-holder")));
        assertThat(data).contains("As it was when the review closed", "Status when the review closed: On track",
                "Since the review closed:", "latest measurement now 91 % on " + Formats.date(today, Locale.ENGLISH));
        var chart = _get(Image.class, spec -> spec.withClasses("goal-chart")).getAlt().orElseThrow();
        assertThat(chart).as("the chart as it was: two measurements, the latest 86.5 %").contains("86.5 %")
                .doesNotContain("91 %");
    }

    @Test
    void attendeesSeeTheTimeInOneFormatWhereEachOfThemIs() {
        open(SAM);
        var attendees = text(_get(Card.class, spec -> spec.withClasses("review-attendees")));
        for (var attendee : review.attendees()) {
            assertThat(attendees).contains(Formats.dateTime(review.startsAt(), Locale.ENGLISH, attendee.timeZone())
                    + " (" + attendee.timeZone().getId() + ")");
        }
        assertThat(attendees).as("never the short numeric form").doesNotContainPattern("\\d{1,2}/\\d{1,2}/\\d{2}");
    }
}
