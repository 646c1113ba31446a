package com.cohelm.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review form, attendees of both sides included, saves only what it shows, and moving an agenda item
 * moves only that item: saved untouched the form changes no row; one field changed changes that field only;
 * an item already at the top that is moved up changes nothing.
 */
class ReviewEditDialogTest extends EditDialogTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewViewsFixture fixture;
    @Autowired
    DemoPrograms demo;

    /** Next week's review with four attendees, two of each side, and two topics on the agenda. */
    private ReviewDetails upcoming(TestProgram program) {
        return fixture.as(ReviewViewsFixture.SAM, () -> {
            var review = reviews.schedule(program.id(), new ReviewDraft("Monthly review",
                    TestClock.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(7)), 60, "Room 4",
                    Set.of(demo.personId(ReviewViewsFixture.SAM), demo.personId(ReviewViewsFixture.TOMAS),
                            demo.personId(program.customerLead()), demo.personId(program.customerMember()))));
            reviews.addCustomItem(review.id(), "Launch readiness", null);
            return reviews.addCustomItem(review.id(), "Staffing", null);
        });
    }

    private void openReview(ReviewDetails review, String who) {
        login(who);
        navigate("reviews/" + review.id());
    }

    private Dialog openEditor(ReviewDetails review, String who) {
        openReview(review, who);
        click("Edit");
        return dialog("review-form");
    }

    @Test
    void savingUntouchedChangesNothing() {
        var program = testPrograms.create("Review dialog");
        var review = upcoming(program);
        assertNothingChanged(changesOf(() -> {
            var dialog = openEditor(review, DemoLogins.SUPPLIER_MEMBER);
            click(dialog, "Save");
            assertThat(dialog.isOpened()).isFalse();
        }));
        assertNothingChanged(changesOf(() -> click(openEditor(review, program.customerLead()), "Save")));
    }

    static Stream<Arguments> oneField() {
        return Stream.of(
                Arguments.of("title", (Consumer<Dialog>) d -> _setValue(_get(d, TextField.class,
                        spec -> spec.withLabel("Title")), "Quarterly review"), new String[] {"review.title"}),
                Arguments.of("location", (Consumer<Dialog>) d -> _setValue(_get(d, TextField.class,
                        spec -> spec.withLabel("Where (room or video link)")), "Room 5"),
                        new String[] {"review.location"}),
                Arguments.of("time", (Consumer<Dialog>) d -> {
                    var time = _get(d, TimePicker.class, spec -> spec.withLabel("Time"));
                    _setValue(time, time.getValue().plusHours(1));
                }, new String[] {"review.starts_at"}),
                Arguments.of("attendees", (Consumer<Dialog>) d -> {
                    var attendees = EditDialogTest.<PersonSummary>multi(d, "Attendees");
                    _setValue(attendees, attendees.getValue().stream()
                            .filter(p -> !p.displayName().equals(TestPrograms.CUSTOMER_MEMBER_NAME))
                            .collect(Collectors.toSet()));
                }, new String[] {"-review_attendee"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneField")
    void changingOneFieldChangesOnlyThatField(String field, Consumer<Dialog> change, String[] changed) {
        var review = upcoming(testPrograms.create("Review dialog"));
        var changes = changesOf(() -> {
            var dialog = openEditor(review, DemoLogins.SUPPLIER_MEMBER);
            change.accept(dialog);
            click(dialog, "Save");
        });
        var expected = Stream.concat(Stream.of(changed), Stream.of("review.updated_at", "review.version"))
                .toArray(String[]::new);
        assertOnlyChanged(changes, "REVIEW_UPDATED", expected);
    }

    /** An icon button, by the name a screen reader says. */
    private static Button button(String ariaLabel) {
        return _find(Button.class).stream().filter(b -> b.getAriaLabel().filter(ariaLabel::equals).isPresent())
                .findFirst().orElseThrow();
    }

    @Test
    void movingTheTopItemUpChangesNothingAndMovingItDownSwapsTwoItems() {
        var review = upcoming(testPrograms.create("Review dialog"));
        openReview(review, DemoLogins.SUPPLIER_MEMBER);
        assertNothingChanged(changesOf(() -> _click(button("Move “Launch readiness” up"))));

        var changes = changesOf(() -> _click(button("Move “Launch readiness” down")));
        assertOnlyChanged(changes, "REVIEW_AGENDA_CHANGED", "review_item.position", "review_item.position");
    }
}
