package com.cohelm.review.ui;

import static com.cohelm.review.ui.ReviewViewsFixture.SAM;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.shell.MainLayout;
import com.cohelm.shell.NotFoundView;
import com.cohelm.shell.ResourceNotFoundView;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewService;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting-room screen: the current item only, the presenter's moves drive everyone, viewers follow. */
class PresentViewTest extends KaribuViewTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ReviewViewsFixture fixture;
    @Autowired
    ReviewService reviews;

    private TestProgram program;
    private ReviewDetails review;

    @BeforeEach
    void newReview() {
        program = testPrograms.create("Present");
        review = fixture.started(program);
    }

    private static String title() {
        return _get(H1.class).getText();
    }

    @Test
    void thePresenterMovesThroughTheAgendaForEveryone() {
        login(SAM);
        navigate("reviews/" + review.id() + "/present");
        assertThat(_find(MainLayout.class)).as("no menus on the room screen").isEmpty();
        assertThat(title()).isEqualTo("Launch readiness");
        assertThat(_get(Span.class, spec -> spec.withClasses("review-position")).getText()).isEqualTo("1 / 2");
        assertThat(_find(H1.class)).as("the current item only").hasSize(1);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Next item")));
        assertThat(title()).isEqualTo("Staffing");
        assertThat(_get(Span.class, spec -> spec.withClasses("review-position")).getText()).isEqualTo("2 / 2");
        assertThat(fixture.as(SAM, () -> reviews.review(review.id()).orElseThrow().currentItem().orElseThrow().title()))
                .as("every screen follows the stored current item").isEqualTo("Staffing");
        login(SAM);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Next item")));
        assertThat(title()).as("the last item stays last").isEqualTo("Staffing");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Previous item")));
        assertThat(title()).isEqualTo("Launch readiness");
    }

    @Test
    void viewersFollowWithoutDriving() {
        login(program.viewer());
        navigate("reviews/" + review.id() + "/present");
        assertThat(title()).isEqualTo("Launch readiness");
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Next item"))).isEmpty();
    }

    @Test
    void anotherCustomerGetsNotFound() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("reviews/" + review.id() + "/present");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, ResourceNotFoundView.class);
    }

    @Test
    void aClosedReviewIsPresentedFromItsRecord() {
        var closed = fixture.closedWithGoal(program);
        login(program.customerLead());
        navigate("reviews/" + closed.id() + "/present");
        assertThat(title()).isEqualTo("First-pass yield");
        var slide = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("review-slide"))
                .getElement().getTextRecursively();
        assertThat(slide).contains("As it was when the review closed", "Since the review closed:");
        assertThat(_get(com.vaadin.flow.component.html.Image.class, spec -> spec.withClasses("goal-chart")).getAlt())
                .hasValueSatisfying(alt -> assertThat(alt).contains("86.5 %").doesNotContain("91 %"));
    }
}
