package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.markdown.MarkdownRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The PDF summary attendees take away: agenda, minutes, decisions with who agreed on each side, action
 * items, the data beside each item, the goals' status, sign-offs and amendments. Written as XHTML (user text
 * escaped, minutes through {@link MarkdownRenderer}) and laid out by openhtmltopdf, in the reader's language and
 * time zone. A closed review's summary holds what was true when it closed (its record, decision 0027), with what
 * changed since marked as such; downloading it again later gives the same record.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewSummaryPdf {

    /** A Unicode font where the system has one (Debian: fonts-dejavu-core); PDF base fonts otherwise. */
    private static final File[] FONT_CANDIDATES = {
            new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            new File("/usr/share/fonts/TTF/DejaVuSans.ttf") };
    private static final File[] BOLD_CANDIDATES = {
            new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            new File("/usr/share/fonts/TTF/DejaVuSans-Bold.ttf") };

    private final ReviewService reviews;
    private final ReviewFacts facts;
    private final Clock clock;

    ReviewSummaryPdf(ReviewService reviews, ReviewFacts facts, Clock clock) {
        this.reviews = reviews;
        this.facts = facts;
        this.clock = clock;
    }

    public byte[] pdf(long reviewId, Translator t, Locale locale, ZoneId zone) {
        var review = reviews.review(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
        var goals = facts.goals(reviewId);
        var itemFacts = new java.util.HashMap<Long, ItemFacts>();
        review.agenda().forEach(item -> itemFacts.put(item.id(), facts.item(reviewId, item.id())));
        var html = html(review, goals, itemFacts, t, locale, zone);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(out);
            font(builder, FONT_CANDIDATES, 400);
            font(builder, BOLD_CANDIDATES, 700);
            builder.withProducer("CoHelm").run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, File[] candidates, int weight) {
        for (var file : candidates) {
            if (file.canRead()) {
                builder.useFont(file, "Summary Sans", weight, PdfRendererBuilder.FontStyle.NORMAL, true);
                return;
            }
        }
    }

    String html(ReviewDetails review, ReviewFacts.GoalTable goals, java.util.Map<Long, ItemFacts> itemFacts,
            Translator t, Locale locale, ZoneId zone) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"").append(e(locale.getLanguage())).append("\"><head><meta charset=\"UTF-8\" />")
                .append("<title>").append(e(review.title())).append("</title><style>")
                .append("@page{size:A4;margin:18mm 16mm;}")
                .append("body{font-family:'Summary Sans',sans-serif;font-size:10pt;color:#1f2937;}")
                .append("h1{font-size:18pt;margin:0 0 2mm 0;}h2{font-size:13pt;margin:6mm 0 2mm 0;border-bottom:1px solid #cbd5e1;}")
                .append("h3{font-size:11pt;margin:4mm 0 1mm 0;}.muted{color:#64748b;}table{border-collapse:collapse;width:100%;}")
                .append("th,td{text-align:left;border-bottom:1px solid #e2e8f0;padding:1.5mm;vertical-align:top;}")
                .append(".decision{border-left:3px solid #13a37d;padding-left:2mm;margin:1mm 0;}")
                .append(".since{border-left:3px solid #bf8500;padding-left:2mm;margin:1mm 0;color:#5b4300;}")
                .append("ul{margin:1mm 0;padding-left:5mm;}")
                .append("</style></head><body>");
        h.append("<h1>").append(e(review.title())).append("</h1>");
        h.append("<p class=\"muted\">").append(e(review.programName())).append(" · ").append(e(review.customerName()))
                .append("<br />").append(e(when.format(review.startsAt()))).append(" (").append(e(zone.getId()))
                .append(")");
        if (review.location() != null) {
            h.append("<br />").append(e(review.location()));
        }
        h.append("</p>");
        if (review.closedAt() != null) {
            h.append("<p class=\"muted\">").append(e(goals.asOf() != null
                    ? t.translate("review.pdf.record", when.format(goals.asOf()))
                    : t.translate("review.record.none"))).append("</p>");
        }

        h.append("<h2>").append(e(t.translate("review.attendees"))).append("</h2><p>");
        h.append(String.join(", ", review.attendees().stream()
                .map(a -> e(a.person().displayName() + " (" + a.person().organizationName() + ")")).toList()));
        h.append("</p>");

        h.append("<h2>").append(e(t.translate("review.pdf.sign-offs"))).append("</h2><p>");
        for (var signOff : review.signOffs()) {
            h.append(e(t.translate("side." + signOff.side().name()))).append(": ")
                    .append(signOff.signed() ? e(t.translate("review.signed-by", signOff.signedBy().displayName(),
                            when.format(signOff.signedAt()))) : e(t.translate("review.not-signed")))
                    .append("<br />");
        }
        h.append("</p>");

        goals(h, goals, t, locale, day);

        h.append("<h2>").append(e(t.translate("review.agenda"))).append("</h2>");
        int number = 1;
        for (var item : review.agenda()) {
            h.append("<h3>").append(number++).append(". ").append(e(t.translate("review.kind." + item.kind())))
                    .append(": ").append(e(item.title())).append("</h3>");
            for (var line : item.summary(t, locale)) {
                h.append("<p>").append(e(line)).append("</p>");
            }
            if (item.detail() != null) {
                h.append("<p class=\"muted\">").append(e(item.detail())).append("</p>");
            }
            var data = itemFacts.get(item.id());
            if (data != null) {
                facts(h, data, t, locale);
            }
            for (var note : item.notes()) {
                h.append("<div>").append(note.html()).append("<p class=\"muted\">")
                        .append(e(name(note.author()) + " · " + when.format(note.createdAt()))).append("</p></div>");
            }
            for (var decision : item.decisions()) {
                h.append("<div class=\"decision\"><strong>").append(e(t.translate("review.decision"))).append(":</strong> ")
                        .append(e(decision.text())).append("<br /><span class=\"muted\">")
                        .append(e(t.translate("review.agreed-by", name(decision.supplierAgreed()),
                                name(decision.customerAgreed()))))
                        .append("</span></div>");
            }
            if (!item.actions().isEmpty()) {
                h.append("<table><tr><th>").append(e(t.translate("review.action"))).append("</th><th>")
                        .append(e(t.translate("review.action.assignee"))).append("</th><th>")
                        .append(e(t.translate("review.action.due"))).append("</th></tr>");
                for (var action : item.actions()) {
                    h.append("<tr><td>").append(e(action.title())).append("</td><td>")
                            .append(e(action.assigneeName() + " (" + action.assigneeOrganization() + ")"))
                            .append("</td><td>").append(e(day.format(action.dueDate()))).append("</td></tr>");
                }
                h.append("</table>");
            }
        }

        if (!review.amendments().isEmpty()) {
            h.append("<h2>").append(e(t.translate("review.amendments"))).append("</h2>");
            for (var amendment : review.amendments()) {
                h.append("<div>").append(amendment.html()).append("<p class=\"muted\">")
                        .append(e(name(amendment.author()) + " · " + when.format(amendment.createdAt())))
                        .append("</p></div>");
            }
        }
        h.append("<p class=\"muted\">").append(e(t.translate("review.pdf.generated", day.format(LocalDate.now(clock.withZone(zone))))))
                .append("</p></body></html>");
        return h.toString();
    }

    /** The program's goals: for a closed review as they were when it closed, with what changed since below. */
    private static void goals(StringBuilder h, ReviewFacts.GoalTable goals, Translator t, Locale locale,
            DateTimeFormatter day) {
        h.append("<h2>").append(e(t.translate("review.pdf.goals"))).append("</h2>");
        if (goals.rows().isEmpty()) {
            h.append("<p class=\"muted\">").append(e(t.translate("review.pdf.no-goals"))).append("</p>");
            return;
        }
        h.append("<table><tr><th>").append(e(t.translate("review.pdf.goal"))).append("</th><th>")
                .append(e(t.translate("review.pdf.status"))).append("</th><th>")
                .append(e(t.translate("review.pdf.latest"))).append("</th><th>")
                .append(e(t.translate("review.pdf.target"))).append("</th></tr>");
        for (var goal : goals.rows()) {
            h.append("<tr><td>").append(e(goal.title()));
            for (var line : AgendaTexts.render(goal.sinceClosing(), t, locale)) {
                h.append("<div class=\"since\">").append(e(t.translate("review.record.since") + " " + line))
                        .append("</div>");
            }
            h.append("</td><td>").append(e(t.translate("goal.status." + goal.status().name()))).append("</td><td>")
                    .append(e(goal.latestValue() == null ? "–" : AgendaTexts.value(goal.latestValue(), goal.unit(), locale)
                            + " · " + day.format(goal.latestDate())))
                    .append("</td><td>").append(e(AgendaTexts.value(goal.target(), goal.unit(), locale) + " · "
                            + day.format(goal.targetDate())))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    /** The data beside an item, in a few lines; what changed since closing below them. */
    private static void facts(StringBuilder h, ItemFacts data, Translator t, Locale locale) {
        var lines = new java.util.ArrayList<String>();
        if (data.gone()) {
            lines.add(t.translate("review.data.gone"));
        } else if (data.goal() != null) {
            var goal = data.goal();
            lines.add(t.translate(data.asOf() == null ? "review.data.goal-status" : "review.data.goal-status-then",
                    t.translate("goal.status." + goal.status().name()))
                    + goal.latest().map(p -> " · " + t.translate("review.pdf.goal-latest",
                            AgendaTexts.value(p.value(), goal.unit(), locale),
                            AgendaTexts.date(p.date(), locale))).orElse(""));
        } else if (data.milestone() != null) {
            lines.add(t.translate("review.data.milestone", AgendaTexts.date(data.milestone().baselineDate(), locale),
                    AgendaTexts.date(data.milestone().plannedDate(), locale)));
        } else if (data.overdue() != null) {
            data.overdue().forEach(a -> lines.add(t.translate("review.data.overdue-item", a.title(), a.assigneeName(),
                    AgendaTexts.date(a.dueDate(), locale))));
        } else if (data.feedback() != null) {
            lines.add(t.translate("review.data.feedback-status", t.translate("feedback.status." + data.feedback().status())));
        } else if (data.proposal() != null) {
            data.proposal().items().forEach(i -> lines.add(t.translate("review.data.proposal-item", i.title(),
                    AgendaTexts.date(i.currentBaseline(), locale), AgendaTexts.date(i.proposedBaseline(), locale))));
        }
        if (!lines.isEmpty()) {
            h.append("<ul>");
            lines.forEach(line -> h.append("<li>").append(e(line)).append("</li>"));
            h.append("</ul>");
        }
        for (var line : AgendaTexts.render(data.sinceClosing(), t, locale)) {
            h.append("<div class=\"since\">").append(e(t.translate("review.record.since") + " " + line))
                    .append("</div>");
        }
    }

    private static String name(PersonSummary person) {
        return person == null ? "" : person.displayName();
    }

    /** Text as XHTML text: the five XML specials escaped, nothing else touched. */
    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
