package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.base.ui.NotFoundView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgramViewTest extends KaribuViewTest {

    @Autowired
    DemoPrograms demo;

    private String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void aLeadSeesTheOverviewAndMayEditIt() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProgramView.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Every holiday-season unit"));
        assertThat(_find(Span.class, spec -> spec.withClasses("person-name"))).extracting(Span::getText)
                .contains("Sam Okafor", "Bea Lindqvist", "Olivia Chen", "Tomás Ferreira", "Ben Adeyemi");
        _get(Button.class, spec -> spec.withText("Edit"));
        _assertNone(Badge.class, spec -> spec.withText("Read only"));
    }

    @Test
    void theViewerReadsOnly() {
        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProgramView.class);
        _get(Badge.class, spec -> spec.withText("Read only"));
        _assertNone(Button.class, spec -> spec.withText("Edit"));
    }

    @Test
    void anotherCustomersProgramLooksExactlyLikeAMissingOne() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.VERDANT_PROGRAM));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        var forbidden = pageText();

        navigate("programs/999999999");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(pageText()).isEqualTo(forbidden).contains("Page not found");

        navigate("programs/not-a-number");
        assertThat(pageText()).isEqualTo(forbidden);
    }
}
