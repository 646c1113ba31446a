package com.cohelm.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PasswordResetService;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestPeople;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without SMTP settings (the test default), mails are kept for the supplier admin to follow. */
class DevMailboxViewTest extends KaribuViewTest {

    @Autowired
    TestPeople testPeople;
    @Autowired
    PasswordResetService resets;
    @Autowired
    TestEvents testEvents;

    @Test
    void theSupplierAdminReadsTheMailsAndFollowsTheirLinks() {
        var customer = testPeople.customer("Mailbox");
        resets.requestReset(customer.member());
        testEvents.awaitHandled();
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("admin/mailbox");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DevMailboxView.class);
        var mail = testPeople.latestMailTo(customer.member()).orElseThrow();
        var link = TestPeople.link(mail);
        assertThat(_find(Anchor.class, spec -> spec.withText(link))).singleElement()
                .satisfies(anchor -> assertThat(anchor.getHref()).isEqualTo(link));
        assertThat(_find(Pre.class)).anyMatch(pre -> pre.getText().contains("Hello Cal Adeyemi"));
        assertThat(_find(Card.class).size()).isGreaterThanOrEqualTo(1);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("No mail yet. Invite someone to see one here."))).isEmpty();
    }
}
