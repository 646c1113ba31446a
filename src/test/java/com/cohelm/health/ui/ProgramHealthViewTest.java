package com.cohelm.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.shell.NotFoundView;
import com.cohelm.health.ComponentScore;
import com.cohelm.health.HealthComponent;
import com.cohelm.program.ui.ProgramView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The health breakdown as each side reads it, reached from the program page. */
class ProgramHealthViewTest extends KaribuViewTest {

    @Autowired
    DemoPrograms demo;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private static List<ComponentScore> breakdown() {
        Grid<ComponentScore> grid = _get(Grid.class, spec -> spec.withClasses("breakdown-grid"));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void theProgramPageLinksTheBreakdownAndTheActivity() {
        login(DemoLogins.CUSTOMER_VIEWER);
        var program = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        navigate("programs/" + program);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProgramView.class);
        assertThat(_get(Anchor.class, spec -> spec.withText("Open the breakdown")).getHref())
                .isEqualTo("programs/" + program + "/health");
        assertThat(_get(Anchor.class, spec -> spec.withText("Activity")).getHref())
                .isEqualTo("programs/" + program + "/activity");
    }

    @Test
    void bothSidesSeeTheSameBreakdownWithEveryInputAndTheBalance() {
        var program = demo.id(DemoLogins.VERDANT_PROGRAM);
        login(DemoLogins.SUPPLIER_MEMBER);
        navigate("programs/" + program + "/health");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProgramHealthView.class);
        var supplierRows = breakdown();
        assertThat(supplierRows).extracting(ComponentScore::component).containsExactly(HealthComponent.values());
        // Verdant's latest revealed pulse rates the supplier low: 44 of 100
        assertThat(supplierRows.stream().filter(r -> r.component() == HealthComponent.SUPPLIER_PULSE).findFirst()
                .orElseThrow().score()).hasValue(44);
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withClasses("breakdown-grid")),
                supplierRows.indexOf(supplierRows.stream().filter(r -> r.component() == HealthComponent.SUPPLIER_PULSE)
                        .findFirst().orElseThrow())))
                .contains("Supplier as the customer rates it")
                .anyMatch(cell -> String.valueOf(cell).startsWith("Pulse revealed on"));
        assertThat(paragraphs()).anyMatch(t -> t.contains("carries the relationship")
                || t.contains("evenly") || t.contains("Not enough data"));
        assertThat(_find(Image.class, spec -> spec.withClasses("health-chart"))).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withText("Health of Verdant Clean Energy")).getHref())
                .endsWith("/health");

        signOut();
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("programs/" + program + "/health");
        assertThat(breakdown()).isEqualTo(supplierRows);
        // a customer member does not see the whole customer
        assertThat(_find(Anchor.class, spec -> spec.withText("Health of Verdant Clean Energy"))).isEmpty();
    }

    @Test
    void anotherCustomersHealthIsNotFoundAndTheAttemptIsRecordedOnce() {
        var bea = login(DemoLogins.CUSTOMER_ADMIN);
        var calloway = demo.id(DemoLogins.CALLOWAY_PROGRAM);
        var before = refusals(bea.id());
        navigate("programs/" + calloway + "/health");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, com.cohelm.shell.ResourceNotFoundView.class);
        // the service refused program #id, so the not-found page does not record the same attempt again
        assertThat(refusals(bea.id())).isEqualTo(before + 1);
        assertThat(jdbc.sql("select subject_id from activity_event where kind = 'ACCESS_DENIED' and actor_id = ?"
                + " order by id desc limit 1").param(bea.id()).query(Long.class).single()).isEqualTo(calloway);
    }

    private long refusals(long personId) {
        return jdbc.sql("select count(*) from activity_event where kind = 'ACCESS_DENIED' and actor_id = ?")
                .param(personId).query(Long.class).single();
    }

    @Test
    void theCustomerPageShowsItsProgramsAndTrend() {
        var program = demo.id(DemoLogins.CALLOWAY_PROGRAM);
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("programs/" + program + "/health");
        _get(Anchor.class, spec -> spec.withText("Health of Calloway Motor Works"));
        var customer = demo.organizationId("Calloway Motor Works");
        navigate("customers/" + customer + "/health");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerHealthView.class);
        assertThat(_get(Anchor.class, spec -> spec.withText(DemoLogins.CALLOWAY_PROGRAM)).getHref())
                .isEqualTo("programs/" + program + "/health");
        assertThat(_find(Image.class, spec -> spec.withClasses("health-chart"))).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("back-link")).getHref())
                .as("supplier staff go back to the portfolio").isEqualTo("portfolio");
        signOut();
        login("maya@calloway.example");
        navigate("customers/" + demo.organizationId("Verdant Clean Energy") + "/health");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOfAny(NotFoundView.class, com.cohelm.shell.ResourceNotFoundView.class);
    }

    private void signOut() {
        signIn.out();
    }

    /**
     * "Carries the relationship, most in responsiveness (20 vs 83)": the numbers are the named area's own two
     * scores as the balance grid lists them, never the sides' totals; in English and in French.
     */
    @Test
    void theCarrierSentenceNamesTheAreasOwnScores() {
        login(DemoLogins.SUPPLIER_ADMIN);
        var named = 0;
        for (var locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            UI.getCurrent().setLocale(locale);
            for (var name : List.of(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM,
                    DemoLogins.CALLOWAY_PROGRAM)) {
                navigate("programs/" + demo.id(name) + "/health");
                @SuppressWarnings("unchecked")
                Grid<com.cohelm.health.SideBalance.AreaBalance> grid = _get(Grid.class,
                        spec -> spec.withClasses("balance-grid"));
                var areas = GridKt._fetch(grid, 0, GridKt._size(grid));
                var sentence = _get(Paragraph.class, spec -> spec.withClasses("health-carrier")).getText();
                var most = java.util.regex.Pattern.compile("(?:most in|surtout en) (.+) \\((\\d+) (?:vs|contre) (\\d+)\\)")
                        .matcher(sentence);
                if (!most.find()) {
                    continue;
                }
                named++;
                var area = areas.stream().filter(a -> UI.getCurrent().getTranslation("health.area." + a.area().name())
                        .toLowerCase(locale).equals(most.group(1))).findFirst().orElseThrow();
                assertThat(most.group(2) + " vs " + most.group(3)).as(name + ": " + sentence)
                        .isEqualTo(area.supplier().getAsInt() + " vs " + area.customer().getAsInt());
                var carrierAhead = sentence.startsWith(UI.getCurrent().getTranslation("side.SUPPLIER"))
                        ? area.supplier().getAsInt() > area.customer().getAsInt()
                        : area.customer().getAsInt() > area.supplier().getAsInt();
                assertThat(carrierAhead).as("the carrier is ahead in the area named: " + sentence).isTrue();
            }
        }
        assertThat(named).as("a demo program names an area, in both languages").isGreaterThanOrEqualTo(2);
    }
}
