package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.shell.NotFoundView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
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

    private static List<String> responsiveness() {
        return _find(Card.class, spec -> spec.withClasses("responsiveness-card")).stream()
                .map(card -> card.getElement().getTextRecursively()).toList();
    }

    @Test
    void bothSidesSeeTheSameResponsivenessOfEachSide() {
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM));
        var forSupplier = responsiveness();
        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM));
        assertThat(responsiveness()).isEqualTo(forSupplier).hasSize(2);
        // Brightline answered the supplier's four questions in 2, 3, 6 and 20 hours, all on time; the
        // supplier answered in 3 and 4 days, once late, and lets one question run overdue.
        assertThat(forSupplier.getFirst()).contains("Northwind Test Systems",
                "median 3.5 days · 33% on time · 2 done, 1 overdue");
        assertThat(forSupplier.getLast()).contains("Brightline Consumer Electronics",
                "median 4.5 h · 100% on time · 4 done, 0 overdue");
        _get(Anchor.class, spec -> spec.withText("Actions"));
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

    @Autowired
    com.cohelm.support.TestPrograms testPrograms;
    @Autowired
    com.cohelm.schedule.MilestoneService milestoneService;
    @Autowired
    com.cohelm.schedule.SlipService slipService;

    /**
     * Issue 26: the next milestone was named with no late marker. A milestone planned 6 days ago, 14 days past
     * its baseline, is both late and slipped: the program page and home say both.
     */
    @Test
    void theNextMilestoneSaysItIsLateAndHowFarItSlipped() {
        var program = testPrograms.create("Late next");
        var sam = login(DemoLogins.SUPPLIER_MEMBER);
        var today = com.cohelm.support.TestClock.today(sam.timeZone());
        var title = "Late next " + java.util.UUID.randomUUID();
        var created = milestoneService.create(program.id(), new com.cohelm.schedule.MilestoneDraft(title, "",
                com.cohelm.schedule.OwnerSide.SUPPLIER, sam.id(), today.minusDays(20), today.minusDays(20),
                java.util.Set.of(), java.util.Set.of(), null));
        slipService.recordSlip(program.id(), created.row().id(), created.row().version(),
                new com.cohelm.schedule.SlipDraft(today.minusDays(6), new com.cohelm.schedule.SlipReport(
                        com.cohelm.schedule.SlipCause.SUPPLIER, "Boards late", "Air freight")));

        navigate("programs/" + program.id());
        var next = _get(Span.class, spec -> spec.withClasses("next-milestone"));
        _get(next, Anchor.class, spec -> spec.withText(title + ", " + com.cohelm.base.ui.Formats.date(
                today.minusDays(6), java.util.Locale.ENGLISH)));
        _get(next, Badge.class, spec -> spec.withText("Late"));
        _get(next, Badge.class, spec -> spec.withText("Slipped +14 days"));

        navigate("");
        var due = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("home-action")).stream()
                .filter(row -> row.getElement().getTextRecursively().contains(title)).findFirst().orElseThrow();
        _get(due, Badge.class, spec -> spec.withText("Late"));
        _get(due, Badge.class, spec -> spec.withText("Slipped +14 days"));
    }
}
