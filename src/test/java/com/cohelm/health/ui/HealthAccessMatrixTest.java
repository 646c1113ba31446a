package com.cohelm.health.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.activity.ui.AuditViewAccess;
import com.cohelm.activity.ui.ProgramActivityViewAccess;
import com.cohelm.shell.NotFoundView;
import com.cohelm.shell.ResourceNotFoundView;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every demo role × the pages of issue 10 × what they offer: the portfolio (supplier staff, with its
 * export), the audit log (supplier admins, with its export), each demo program's health page (with or
 * without the customer-level link) and activity feed, and each customer's health page. A page a role may
 * not open answers "not found" and the attempt lands in the audit log as refused, naming the address only.
 */
class HealthAccessMatrixTest extends KaribuViewTest {

    private static final List<String> PROGRAMS = List.of(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM,
            DemoLogins.CALLOWAY_PROGRAM);
    private static final List<String> CUSTOMERS = List.of("Brightline Consumer Electronics", "Verdant Clean Energy",
            "Calloway Motor Works");

    /** What one person finds on one program's health page. */
    enum Program {
        /** opens, with the link to the whole customer's health */
        WITH_CUSTOMER,
        /** opens, without it: a customer member or viewer does not see the whole customer */
        PROGRAM_ONLY,
        NOT_FOUND
    }

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    /** login, portfolio, audit log, then the Brightline, Verdant and Calloway health pages. */
    static Stream<Arguments> matrix() {
        var all = List.of(Program.WITH_CUSTOMER, Program.WITH_CUSTOMER, Program.WITH_CUSTOMER);
        return Stream.of(
                Arguments.of(DemoLogins.SUPPLIER_ADMIN, true, true, all),
                Arguments.of(DemoLogins.SUPPLIER_MEMBER, true, false,
                        List.of(Program.WITH_CUSTOMER, Program.WITH_CUSTOMER, Program.NOT_FOUND)),
                Arguments.of("tomas@northwind.example", true, false,
                        List.of(Program.WITH_CUSTOMER, Program.NOT_FOUND, Program.WITH_CUSTOMER)),
                Arguments.of("priya@northwind.example", true, false,
                        List.of(Program.NOT_FOUND, Program.NOT_FOUND, Program.WITH_CUSTOMER)),
                Arguments.of(DemoLogins.CUSTOMER_ADMIN, false, false,
                        List.of(Program.WITH_CUSTOMER, Program.NOT_FOUND, Program.NOT_FOUND)),
                Arguments.of("ben@brightline.example", false, false,
                        List.of(Program.PROGRAM_ONLY, Program.NOT_FOUND, Program.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_VIEWER, false, false,
                        List.of(Program.PROGRAM_ONLY, Program.NOT_FOUND, Program.NOT_FOUND)),
                Arguments.of(DemoLogins.CUSTOMER_MEMBER, false, false,
                        List.of(Program.NOT_FOUND, Program.PROGRAM_ONLY, Program.NOT_FOUND)),
                Arguments.of("greta@verdant.example", false, false,
                        List.of(Program.NOT_FOUND, Program.WITH_CUSTOMER, Program.NOT_FOUND)),
                Arguments.of("carl@calloway.example", false, false,
                        List.of(Program.NOT_FOUND, Program.NOT_FOUND, Program.WITH_CUSTOMER)),
                Arguments.of("maya@calloway.example", false, false,
                        List.of(Program.NOT_FOUND, Program.NOT_FOUND, Program.PROGRAM_ONLY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsTheRightHealthPortfolioActivityAndAuditPages(String login, boolean portfolio, boolean audit,
            List<Program> programs) {
        var user = login(login);

        navigate("portfolio");
        if (portfolio) {
            assertThat(UI.getCurrent().getCurrentView()).as("portfolio").isInstanceOf(PortfolioView.class);
            assertThat(hasLink("Export CSV")).as("portfolio export").isTrue();
        } else {
            assertNotFound("portfolio");
            assertRefused(user.id(), "/portfolio");
        }

        navigate("audit");
        if (audit) {
            assertThat(AuditViewAccess.isAudit(UI.getCurrent().getCurrentView())).as("audit").isTrue();
            assertThat(hasLink("Export CSV")).as("audit export").isTrue();
        } else {
            assertNotFound("audit");
            assertRefused(user.id(), "/audit");
        }

        for (int i = 0; i < PROGRAMS.size(); i++) {
            var program = PROGRAMS.get(i);
            var expected = programs.get(i);
            var id = demo.id(program);

            navigate("programs/" + id + "/health");
            if (expected == Program.NOT_FOUND) {
                assertNotFound("health of " + program);
            } else {
                assertThat(UI.getCurrent().getCurrentView()).as("health of %s", program)
                        .isInstanceOf(ProgramHealthView.class);
                assertThat(hasLink("Health of " + CUSTOMERS.get(i))).as("customer link on %s", program)
                        .isEqualTo(expected == Program.WITH_CUSTOMER);
            }

            navigate("programs/" + id + "/activity");
            if (expected == Program.NOT_FOUND) {
                assertNotFound("activity of " + program);
            } else {
                assertThat(ProgramActivityViewAccess.isFeed(UI.getCurrent().getCurrentView()))
                        .as("activity of %s", program).isTrue();
            }

            // A customer's page opens for whoever sees one of its programs, over those programs; a customer
            // user never opens another customer's. (Supplier staff may be on other tests' programs of that
            // customer, so their "not found" is not asserted here.)
            navigate("customers/" + demo.organizationId(CUSTOMERS.get(i)) + "/health");
            if (expected == Program.NOT_FOUND) {
                if (user.isCustomer()) {
                    assertNotFound("customer " + CUSTOMERS.get(i));
                }
            } else {
                assertThat(UI.getCurrent().getCurrentView()).as("customer %s", CUSTOMERS.get(i))
                        .isInstanceOf(CustomerHealthView.class);
            }
        }
    }

    private static void assertNotFound(String what) {
        assertThat(UI.getCurrent().getCurrentView()).as(what).isInstanceOfAny(NotFoundView.class,
                ResourceNotFoundView.class, com.cohelm.shell.AccessDeniedView.class);
    }

    private void assertRefused(long personId, String address) {
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'ACCESS_DENIED' and actor_id = ?"
                        + " and after_state = ? and subject_label is null").params(personId, address)
                .query(Long.class).single()).as("refusal of %s recorded", address).isPositive();
    }

    private static boolean hasLink(String text) {
        return !_find(Anchor.class, spec -> spec.withText(text)).isEmpty();
    }
}
