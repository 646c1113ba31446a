package com.cohelm.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramStatus;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Calendar feeds over plain HTTP, as a calendar app fetches them: without a session, the secret address
 * is the only credential, and it stops working when revoked or when its owner loses the program.
 */
@CohelmSpringTest
class MilestoneCalendarTest {

    @LocalServerPort
    int port;
    @Autowired
    MilestoneCalendar calendar;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;

    /** No cookie handler: every request comes without a session. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String[] events(String ics) {
        return Arrays.stream(ics.split("BEGIN:VEVENT")).skip(1).map(e -> e.substring(0, e.indexOf("END:VEVENT")))
                .toArray(String[]::new);
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex, Pattern.MULTILINE).matcher(text).results().count();
    }

    @Test
    void samSubscribesToVerdantAndACalendarAppFetchesTheFeedWithoutASession() throws Exception {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        var subscription = calendar.subscribe(verdant);
        signIn.out();
        assertThat(subscription.address()).startsWith("calendar/").endsWith(".ics");

        var response = get(subscription.address());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        var body = response.body();
        assertThat(body).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:Clean-tech pilot line");
        var unfolded = body.replace("\r\n ", "");
        assertThat(unfolded).contains("Cell controller installed on the pilot line", "First full shift on our systems",
                "Yield data export format agreed", "Operators trained", "Go / no-go for the production line");
        var events = events(body);
        assertThat(events).hasSizeGreaterThanOrEqualTo(5);
        for (var event : events) {
            assertThat(count(event, "^DTSTAMP[:;]")).as("DTSTAMP in %s", event).isOne();
            assertThat(count(event, "^UID[:;]")).as("UID in %s", event).isOne();
            assertThat(count(event, "^DTSTART[:;]")).as("DTSTART in %s", event).isOne();
        }

        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        assertThat(calendar.subscription(verdant).lastUsedAt()).isNotNull();
        assertThat(calendar.subscription(verdant).address()).isNull(); // never shown again
        calendar.revoke(verdant);
        signIn.out();
        assertThat(get(subscription.address()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownTokenIsNotFound() throws Exception {
        assertThat(get("calendar/" + "x".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("calendar/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewAddressReplacesTheOldOne() throws Exception {
        signIn.as(DemoLogins.CUSTOMER_MEMBER);
        var verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        var first = calendar.subscribe(verdant);
        var second = calendar.subscribe(verdant);
        signIn.out();
        assertThat(get(first.address()).statusCode()).isEqualTo(404);
        assertThat(get(second.address()).statusCode()).isEqualTo(200);
        signIn.as(DemoLogins.CUSTOMER_MEMBER);
        calendar.revoke(verdant);
    }

    @Test
    void aMemberWhoLeavesTheProgramNoLongerReceivesTheFeed() throws Exception {
        var priya = demo.personId("priya@northwind.example");
        var carl = demo.personId("carl@calloway.example");
        var tomas = demo.personId("tomas@northwind.example");
        var maya = demo.personId("maya@calloway.example");
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var start = TestClock.today().minusMonths(1);
        var created = programEdits.create(new ProgramDraft(demo.organizationId("Calloway Motor Works"),
                "Calendar feed " + UUID.randomUUID(), "Feeds stop when people leave", start, start.plusMonths(6),
                ProgramStatus.ACTIVE, priya, carl, Set.of(tomas), Set.of(maya)));
        var title = "Diagnostics tablets rolled out " + UUID.randomUUID();
        milestoneService.create(created.id(), new MilestoneDraft(title, "", OwnerSide.SUPPLIER, tomas,
                TestClock.today().plusDays(30), TestClock.today().plusDays(30), Set.of(), Set.of(), null));

        signIn.as("maya@calloway.example");
        var subscription = calendar.subscribe(created.id());
        signIn.out();
        var response = get(subscription.address());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().replace("\r\n ", "")).contains(title);

        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var program = programs.find(created.id()).orElseThrow();
        var d = program.toDraft();
        programEdits.update(created.id(), program.version(), new ProgramDraft(d.customerId(), d.name(),
                d.successDefinition(), d.startDate(), d.targetEndDate(), d.status(), d.supplierLeadId(),
                d.customerLeadId(), d.supplierMemberIds(), Set.of()));
        signIn.out();
        assertThat(get(subscription.address()).statusCode()).isEqualTo(404);
    }
}
