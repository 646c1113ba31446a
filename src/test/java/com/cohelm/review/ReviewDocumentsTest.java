package com.cohelm.review;

import static com.cohelm.support.DemoLogins.BRIGHTLINE_PROGRAM;
import static com.cohelm.support.DemoLogins.CUSTOMER_ADMIN;
import static com.cohelm.support.DemoLogins.SUPPLIER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import java.io.StringReader;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What attendees take away: the PDF summary (parsed back with PDFBox: the decisions, who agreed, the
 * actions, the minutes and the goals are in it, script is not) and the calendar event of a review.
 */
@CohelmSpringTest
class ReviewDocumentsTest {

    @Autowired
    ReviewSummaryPdf pdf;
    @Autowired
    ReviewCalendar calendar;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewClosingService closing;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    private final Properties english = load();

    private static Properties load() {
        var properties = new Properties();
        try (var in = ReviewDocumentsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private String translate(String key, Object... params) {
        return new MessageFormat(english.getProperty(key, key), Locale.ENGLISH).format(params);
    }

    private long closedBrightlineReview() {
        return jdbc.sql("select id from review where program_id = ? and closed_at is not null")
                .param(demo.id(BRIGHTLINE_PROGRAM)).query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theSummaryPdfHoldsTheDecisionsAndWhoAgreed() throws Exception {
        signIn.as(SUPPLIER_MEMBER);
        var id = closedBrightlineReview();
        closing.amend(id, "Correction <script>alert(1)</script> **3.2.1**");
        var bytes = pdf.pdf(id, this::translate, Locale.ENGLISH, ZoneId.of("Europe/Paris"));
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("October joint review", "Production test firmware for the holiday launch",
                    "Europe/Paris");
            assertThat(text).contains("Decision: Freeze the test firmware at 3.2 for the launch build");
            assertThat(text).containsPattern("Agreed by Sam \\S+ and Bea \\S+");
            assertThat(text).contains("Publish the retest report with failure codes",
                    "Send the calibrated fixture drawings for line 1");
            assertThat(text).contains("96.8 %", "Launch build readiness");
            assertThat(text).contains("Goals", "Sign-off", "Amendments", "Correction", "3.2.1");
            assertThat(text).as("user text is text: shown as typed, never markup").contains("<script>alert(1)</script>");
        }
    }

    @Test
    void eachAttendeeAddsTheReviewToTheirCalendar() throws Exception {
        signIn.as(CUSTOMER_ADMIN);
        var id = closedBrightlineReview();
        var review = reviews.review(id).orElseThrow();
        var ics = calendar.ics(id);
        var parsed = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = parsed.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("review-" + id + "@cohelm");
        assertThat(event.getSummary().getValue()).isEqualTo(BRIGHTLINE_PROGRAM + ": October joint review");
        assertThat(ics).as("times in UTC, shown by each calendar in its owner's zone")
                .contains("DTSTART:" + review.startsAt().toString().replace("-", "").replace(":", "").replaceAll("\\.\\d+", ""));
        assertThat(event.getProperties("ATTENDEE")).hasSize(4);
        assertThat(ics).contains("mailto:bea@brightline.example").contains("Launch build readiness");
        assertThat(ics.lines().filter(l -> l.startsWith("DTSTAMP")).count()).isEqualTo(1);

        signIn.as("victor@verdant.example");
        assertThatThrownBy(() -> calendar.ics(id)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> pdf.pdf(id, this::translate, Locale.ENGLISH, ZoneId.of("UTC")))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
