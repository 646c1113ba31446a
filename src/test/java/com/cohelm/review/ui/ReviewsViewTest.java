package com.cohelm.review.ui;

import static com.cohelm.review.ui.ReviewViewsFixture.SAM;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.shell.NotFoundView;
import com.cohelm.shell.ResourceNotFoundView;
import com.cohelm.review.ReviewSummary;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A program's reviews: the list in the reader's time zone, scheduling with its field messages, not found. */
class ReviewsViewTest extends KaribuViewTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ReviewViewsFixture fixture;
    @Autowired
    DemoPrograms demo;

    private TestProgram program;

    @BeforeEach
    void newProgram() {
        program = testPrograms.create("Reviews page");
    }

    @SuppressWarnings("unchecked")
    private static List<ReviewSummary> rows() {
        Grid<ReviewSummary> grid = _get(Grid.class);
        var size = GridKt._size(grid);
        return size == 0 ? List.of() : GridKt._fetch(grid, 0, size);
    }

    @SuppressWarnings("unchecked")
    private static void attendees(String... names) {
        MultiSelectComboBox<PersonSummary> box = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Attendees"));
        var wanted = Set.of(names);
        _setValue(box, box.getListDataView().getItems().filter(p -> wanted.contains(p.displayName()))
                .collect(Collectors.toSet()));
    }

    @Test
    void aMemberSchedulesAReviewWithBothSides() {
        fixture.started(program);
        login(SAM);
        navigate("programs/" + program.id() + "/reviews");
        assertThat(rows()).extracting(ReviewSummary::title).containsExactly("Weekly review");

        _click(_get(Button.class, spec -> spec.withText("Schedule a review")));
        var dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Title")), "Launch go/no-go");
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Date")), TestClock.today().plusDays(2));
        _setValue(_get(dialog, TimePicker.class, spec -> spec.withLabel("Time")), LocalTime.of(15, 30));
        assertThat(_get(dialog, TimePicker.class, spec -> spec.withLabel("Time")).getHelperText()).contains("time zone");
        attendees(TestPrograms.CUSTOMER_LEAD_NAME);
        _click(_get(dialog, Button.class, spec -> spec.withText("Schedule")));
        var box = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Attendees"));
        assertThat(box.isInvalid()).as("one side only").isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("Invite at least one person from each side");

        attendees(TestPrograms.CUSTOMER_LEAD_NAME, samDisplayName());
        _click(_get(dialog, Button.class, spec -> spec.withText("Schedule")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ReviewView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withClasses("review-title")).getText())
                .isEqualTo("Launch go/no-go");
    }

    @SuppressWarnings("unchecked")
    private static String samDisplayName() {
        MultiSelectComboBox<PersonSummary> box = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Attendees"));
        return box.getListDataView().getItems().filter(p -> p.email().equals(SAM)).findFirst().orElseThrow()
                .displayName();
    }

    @Test
    void viewersSeeTheListButScheduleNothing() {
        fixture.started(program);
        login(program.viewer());
        navigate("programs/" + program.id() + "/reviews");
        assertThat(rows()).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Schedule a review"))).isEmpty();
    }

    @Test
    void aViewerIsNotToldToScheduleTheFirstReview() {
        login(program.viewer());
        navigate("programs/" + program.id() + "/reviews");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<com.cohelm.review.ReviewSummary> grid = _get(
                com.vaadin.flow.component.grid.Grid.class);
        assertThat(grid.getEmptyStateText()).isEqualTo("No review yet.");
        login(program.customerMember());
        navigate("programs/" + program.id() + "/reviews");
        assertThat(((com.vaadin.flow.component.grid.Grid<?>) _get(com.vaadin.flow.component.grid.Grid.class))
                .getEmptyStateText()).startsWith("No review yet. Schedule the first one");
    }

    @Test
    void anotherCustomersReviewsAreNotFound() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + program.id() + "/reviews");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, ResourceNotFoundView.class);
    }
}
