package com.cohelm.feedback.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.PerceptionGap;
import com.cohelm.feedback.PulseQuestion;
import com.cohelm.feedback.PulseResult;
import com.cohelm.feedback.PulseTheme;
import com.cohelm.feedback.PulseTrendPoint;
import com.cohelm.feedback.PulseView;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.ZoneId;
import java.util.List;

/**
 * The pulses of a program: the latest one with who has answered on each side (and nothing more while
 * it is blind), the results of a revealed pulse (averages per question, net promoter score, perception
 * gap with the questions each theme compares, comments; a side with too few answers shows only its count),
 * and the trend over every revealed pulse. Pulses are named by their day, month or quarter in the
 * reader's language.
 */
class PulsePanel extends Div {

    /** What the panel asks its view to do. */
    interface Actions {
        void answer(PulseView pulse);

        void close(PulseView pulse);
    }

    private final FeedbackPage page;
    private final ZoneId zone;
    private final Actions actions;
    private final Div results = new Div();

    PulsePanel(FeedbackPage page, ZoneId zone, Actions actions) {
        this.page = page;
        this.zone = zone;
        this.actions = actions;
        addClassName("pulse-panel");
        setWidthFull();
        var row = new Div();
        row.addClassName("card-row");
        if (page.pulses().isEmpty()) {
            var none = Cards.titled(getTranslation("feedback.pulse.none.title"),
                    new Paragraph(getTranslation(page.canManagePulses() ? "feedback.pulse.none.manager"
                            : "feedback.pulse.none")));
            none.addClassName("pulse-card");
            row.add(none);
            add(row);
            return;
        }
        var latest = page.pulses().getFirst();
        row.add(pulseCard(latest));
        results.addClassName("pulse-results");
        row.add(results);
        add(row);
        page.pulses().stream().filter(PulseView::revealed).findFirst().ifPresentOrElse(this::showResults,
                () -> results.setVisible(false));
        if (!page.trend().isEmpty()) {
            add(trend(page.trend()));
        }
    }

    private Card pulseCard(PulseView pulse) {
        var card = Cards.titled(getTranslation("feedback.pulse.title", name(pulse.title())));
        card.addClassName("pulse-card");
        var state = pulse.open()
                ? getTranslation("feedback.pulse.open-until", Formats.date(pulse.closesOn(), getLocale()))
                : getTranslation("feedback.pulse.closed-on", Formats.dateTime(pulse.closedAt(), getLocale(), zone));
        card.add(new Paragraph(state));
        card.add(Cards.fact(getTranslation("feedback.pulse.answered", page.customerName()),
                String.valueOf(pulse.customerAnswered())));
        card.add(Cards.fact(getTranslation("feedback.pulse.answered", page.supplierName()),
                String.valueOf(pulse.supplierAnswered())));
        var blind = new Paragraph(getTranslation(pulse.revealed() ? "feedback.pulse.revealed" : "feedback.pulse.blind",
                page.nameOf(page.side().other())));
        blind.addClassName(pulse.revealed() ? "pulse-revealed" : "pulse-blind");
        card.add(blind);
        if (pulse.mine() != null) {
            card.add(new Paragraph(getTranslation("feedback.pulse.mine",
                    Formats.dateTime(pulse.mine().updatedAt(), getLocale(), zone))
                    + (pulse.mine().internal() ? " " + getTranslation("feedback.pulse.mine.internal") : "")));
        }
        var buttons = new Div();
        buttons.addClassName("row-buttons");
        if (pulse.acceptsAnswers() && page.canContribute()) {
            var answer = new Button(getTranslation(pulse.mine() == null ? "feedback.pulse.answer"
                    : "feedback.pulse.change"), e -> actions.answer(pulse));
            answer.addThemeVariants(pulse.mine() == null ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            buttons.add(answer);
        }
        if (pulse.open() && page.canManagePulses()) {
            var close = new Button(getTranslation("feedback.pulse.close"), e -> actions.close(pulse));
            close.addThemeVariants(ButtonVariant.TERTIARY);
            buttons.add(close);
        }
        card.add(buttons);
        return card;
    }

    /** The results of one revealed pulse, as the reader may see them. */
    private void showResults(PulseView pulse) {
        results.removeAll();
        results.setVisible(true);
        var result = pulse.result();
        var card = Cards.titled(getTranslation("feedback.results.title", name(pulse.title())));
        card.addClassName("results-card");
        var locale = getLocale();
        card.add(Cards.fact(getTranslation("feedback.results.customer-rates", page.customerName(), page.supplierName()),
                result.shows(Side.CUSTOMER) ? FeedbackCells.rating(result.customerAverage(), locale) : "–"));
        card.add(sideFigures(Side.CUSTOMER, result));
        card.add(Cards.fact(getTranslation("feedback.results.supplier-rates", page.supplierName()),
                result.shows(Side.SUPPLIER) ? FeedbackCells.rating(result.supplierAverage(), locale) : "–"));
        card.add(sideFigures(Side.SUPPLIER, result));
        if (pulse.internalAnswers() > 0 && result.shows(Side.SUPPLIER)) {
            var internal = new Paragraph(getTranslation("feedback.results.internal-included", pulse.internalAnswers()));
            internal.addClassName("form-note");
            card.add(internal);
        }
        var nps = result.netPromoter();
        String npsText;
        if (!result.shows(Side.CUSTOMER)) {
            npsText = getTranslation("feedback.results.nps.too-few", page.customerName());
        } else if (nps.respondents() == 0) {
            npsText = getTranslation("feedback.results.nps.none");
        } else {
            npsText = getTranslation("feedback.results.nps.value", FeedbackCells.netPromoter(nps.score()),
                    nps.promoters(), nps.passives(), nps.detractors());
        }
        var npsFact = Cards.fact(getTranslation("feedback.results.nps"), npsText);
        npsFact.addClassName("nps");
        card.add(npsFact);
        results.add(card);

        var gapCard = Cards.titled(getTranslation("feedback.gap.title"));
        gapCard.addClassName("gap-card");
        if (!result.shows(Side.CUSTOMER) || !result.shows(Side.SUPPLIER)) {
            gapCard.add(new Paragraph(getTranslation("feedback.gap.too-few", result.minimumPerSide())));
            gapCard.add(themes());
        } else if (result.gaps().isEmpty()) {
            gapCard.add(new Paragraph(getTranslation("feedback.gap.none")));
            gapCard.add(themes());
        } else {
            var largest = result.gaps().getFirst();
            var headline = new Paragraph(getTranslation("feedback.gap.largest",
                    getTranslation("feedback.theme." + largest.theme().name()), page.nameOf(largest.rosierSide()),
                    FeedbackCells.rating(largest.gap(), locale)));
            headline.addClassName("gap-headline");
            gapCard.add(headline);
            var list = new UnorderedList();
            list.addClassName("gap-list");
            for (PerceptionGap gap : result.gaps()) {
                var row = new ListItem(new Span(getTranslation("feedback.gap.row",
                        getTranslation("feedback.theme." + gap.theme().name()), page.customerName(),
                        FeedbackCells.rating(gap.customerView(), locale), page.supplierName(),
                        FeedbackCells.rating(gap.supplierView(), locale))), secondary(compares(gap.theme())));
                list.add(row);
            }
            gapCard.add(list);
        }
        results.add(gapCard);

        if (!pulse.comments().isEmpty()) {
            var comments = Cards.titled(getTranslation("feedback.results.comments"));
            comments.addClassName("pulse-comments");
            var list = new UnorderedList();
            for (var comment : pulse.comments()) {
                var text = new Span(comment.text());
                var item = new ListItem(FeedbackCells.sideTag(this, comment.side()), text);
                if (comment.internal()) {
                    var internal = new Span(getTranslation("feedback.internal"));
                    internal.addClassName("internal-tag");
                    item.add(internal);
                }
                list.add(item);
            }
            comments.add(list);
            results.add(comments);
        }
    }

    /** A side's averages per question, or, below the minimum, how many answered and why nothing more shows. */
    private Component sideFigures(Side side, PulseResult result) {
        if (result.shows(side)) {
            return questions(side, result.averages());
        }
        var tooFew = new Paragraph(getTranslation("feedback.results.too-few", result.respondents(side),
                result.minimumPerSide()));
        tooFew.addClassNames("pulse-too-few", "side-" + side.name().toLowerCase(java.util.Locale.ROOT));
        return tooFew;
    }

    /** Every theme with the questions it compares, for when there are no figures to put them next to. */
    private Component themes() {
        var list = new UnorderedList();
        list.addClassName("gap-themes");
        for (var theme : PulseTheme.values()) {
            list.add(new ListItem(getTranslation("feedback.gap.theme", getTranslation("feedback.theme." + theme.name()),
                    compares(theme))));
        }
        return list;
    }

    /** "Compares Quality and Schedule (Brightline) with Access to decision makers (Northwind)". */
    private String compares(PulseTheme theme) {
        return getTranslation("feedback.gap.compares", questionsOf(theme, Side.CUSTOMER), page.customerName(),
                questionsOf(theme, Side.SUPPLIER), page.supplierName());
    }

    private static Span secondary(String text) {
        var span = new Span(text);
        span.addClassName("gap-compares");
        return span;
    }

    private String questionsOf(PulseTheme theme, Side side) {
        var names = PulseQuestion.of(side).stream().filter(q -> q.theme() == theme)
                .map(q -> getTranslation("feedback.question.short." + q.name())).toList();
        return names.stream().skip(1).reduce(names.getFirst(), (all, next) -> getTranslation("feedback.gap.and", all,
                next));
    }

    private String name(String title) {
        return Formats.period(title, getLocale());
    }

    private Component questions(Side side, java.util.Map<PulseQuestion, Double> averages) {
        var list = new UnorderedList();
        list.addClassName("pulse-averages");
        for (var question : PulseQuestion.of(side)) {
            list.add(new ListItem(getTranslation("feedback.results.question",
                    getTranslation("feedback.question.short." + question.name()),
                    FeedbackCells.rating(averages.get(question), getLocale()))));
        }
        return list;
    }

    private Component trend(List<PulseTrendPoint> points) {
        var card = Cards.titled(getTranslation("feedback.trend.title"));
        card.addClassName("trend-card");
        var grid = new Grid<PulseTrendPoint>();
        grid.addClassName("trend-grid");
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        var locale = getLocale();
        grid.addColumn(p -> name(p.title())).setHeader(getTranslation("feedback.trend.pulse")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.revealedOn(), locale)).setHeader(getTranslation("feedback.trend.revealed"))
                .setAutoWidth(true);
        grid.addColumn(p -> FeedbackCells.rating(p.customerAverage(), locale))
                .setHeader(getTranslation("feedback.trend.customer", page.customerName())).setAutoWidth(true);
        grid.addColumn(p -> FeedbackCells.rating(p.supplierAverage(), locale))
                .setHeader(getTranslation("feedback.trend.supplier", page.supplierName())).setAutoWidth(true);
        grid.addColumn(p -> FeedbackCells.netPromoter(p.netPromoterScore())).setHeader(getTranslation("feedback.results.nps"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.largestGap() == null ? "–" : getTranslation("feedback.trend.gap.value",
                getTranslation("feedback.theme." + p.largestGap().theme().name()),
                FeedbackCells.rating(p.largestGap().gap(), locale))).setHeader(getTranslation("feedback.trend.gap"))
                .setAutoWidth(true);
        // Newest first in the table; a click shows that pulse's results.
        grid.setItems(points.reversed());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> show(e.getItem()));
        card.add(grid, trendList(points));
        card.setWidthFull();
        return card;
    }

    /** The trend for phones (the stylesheet shows it instead of the table below 600 px): one entry per pulse. */
    private Component trendList(List<PulseTrendPoint> points) {
        var list = new UnorderedList();
        list.addClassName("trend-list");
        var locale = getLocale();
        for (var point : points.reversed()) {
            var title = new Span(getTranslation("feedback.trend.item.title", name(point.title()),
                    Formats.date(point.revealedOn(), locale)));
            title.addClassName("trend-item-title");
            var figures = new Span(getTranslation("feedback.trend.item.figures", page.customerName(),
                    FeedbackCells.rating(point.customerAverage(), locale), page.supplierName(),
                    FeedbackCells.rating(point.supplierAverage(), locale),
                    FeedbackCells.netPromoter(point.netPromoterScore()), point.largestGap() == null ? "–"
                            : getTranslation("feedback.trend.gap.value",
                                    getTranslation("feedback.theme." + point.largestGap().theme().name()),
                                    FeedbackCells.rating(point.largestGap().gap(), locale))));
            figures.addClassName("trend-item-figures");
            var show = new Button(getTranslation("feedback.trend.show"), e -> show(point));
            show.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            list.add(new ListItem(title, figures, show));
        }
        return list;
    }

    private void show(PulseTrendPoint point) {
        page.pulses().stream().filter(p -> p.id() == point.pulseId()).findFirst().ifPresent(this::showResults);
    }
}
