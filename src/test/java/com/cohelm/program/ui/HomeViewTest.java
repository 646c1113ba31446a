package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuViewTest {

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
    }

    @Test
    void someoneInNoProgramIsToldWhatToDoNext() {
        login("greta@verdant.example");
        navigate("");
        assertThat(programCards()).contains(DemoLogins.VERDANT_PROGRAM);
    }
}
