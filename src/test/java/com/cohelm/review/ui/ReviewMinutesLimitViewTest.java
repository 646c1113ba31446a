package com.cohelm.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.ui.TextLimit;
import com.cohelm.review.ReviewDetails;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPrograms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 28 §3: minutes over 20,000 characters were cut by the browser, or ended in "Something went wrong". */
class ReviewMinutesLimitViewTest extends KaribuViewTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    ReviewViewsFixture reviewFixture;

    @Test
    void reviewMinutesOverTheirLimitAreRefusedAtTheFieldByTheViewAndByTheService() {
        var program = testPrograms.create("Minutes limit");
        ReviewDetails review = reviewFixture.started(program);
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("reviews/" + review.id());
        var minutes = _get(TextArea.class, spec -> spec.withLabel("Add to the minutes"));
        assertThat(minutes.getHelperText()).endsWith("0 / 20,000");

        _setValue(minutes, "y".repeat(20_001));
        assertThat(minutes.getErrorMessage()).isEqualTo("Too long: 20,001 characters, at most 20,000. Shorten it to save.");
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        assertThat(_find(Div.class, spec -> spec.withClasses("review-note"))).isEmpty();

        TextLimit.of(minutes).lift(); // a client without the limit: the service refuses, said at the field
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Too long: 20,001 characters, at most 20,000. Shorten it to save.");
        assertThat(minutes.getValue()).hasSize(20_001);
        assertThat(_find(Div.class, spec -> spec.withClasses("review-note"))).isEmpty();
    }

}
