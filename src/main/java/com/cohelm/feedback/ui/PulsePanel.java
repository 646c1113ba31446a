package com.cohelm.feedback.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.PerceptionGap;
import com.cohelm.feedback.PulseQuestion;
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
 * gap, comments), and the trend over every revealed pulse.
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
        var card = Cards.titled(getTranslation("feedback.pulse.title", pulse.title()));
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
        var card = Cards.titled(getTranslation("feedback.results.title", pulse.title()));
        card.addClassName("results-card");
        var locale = getLocale();
        card.add(Cards.fact(getTranslation("feedback.results.customer-rates", page.customerName(), page.supplierName()),
                FeedbackCells.rating(result.customerAverage(), locale)));
        card.add(questions(Side.CUSTOMER, result.averages()));
        card.add(Cards.fact(getTranslation("feedback.results.supplier-rates", page.supplierName()),
                FeedbackCells.rating(result.supplierAverage(), locale)));
        card.add(questions(Side.SUPPLIER, result.averages()));
        if (pulse.internalAnswers() > 0) {
            var internal = new Paragraph(getTranslation("feedback.results.internal-included", pulse.internalAnswers()));
            internal.addClassName("form-note");
            card.add(internal);
        }
        var nps = result.netPromoter();
        var npsFact = Cards.fact(getTranslation("feedback.results.nps"), nps.respondents() == 0
                ? getTranslation("feedback.results.nps.none")
                : getTranslation("feedback.results.nps.value", FeedbackCells.netPromoter(nps.score()), nps.promoters(),
                        nps.passives(), nps.detractors()));
        npsFact.addClassName("nps");
        card.add(npsFact);
        results.add(card);

        var gapCard = Cards.titled(getTranslation("feedback.gap.title"));
        gapCard.addClassName("gap-card");
        if (result.gaps().isEmpty()) {
            gapCard.add(new Paragraph(getTranslation("feedback.gap.none")));
        } else {
            var largest = result.gaps().getFirst();
            var headline = new Paragraph(getTranslation("feedback.gap.largest",
                    getTranslation("feedback.theme." + largest.theme().name()), page.nameOf(largest.rosierSide()),
                    FeedbackCells.rating(largest.gap(), locale)));
            headline.addClassName("gap-headline");
            gapCard.add(headline);
            var list = new UnorderedList();
            for (PerceptionGap gap : result.gaps()) {
                list.add(new ListItem(getTranslation("feedback.gap.row", getTranslation("feedback.theme." + gap.theme().name()),
                        page.customerName(), FeedbackCells.rating(gap.customerView(), locale), page.supplierName(),
                        FeedbackCells.rating(gap.supplierView(), locale))));
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
        grid.addColumn(PulseTrendPoint::title).setHeader(getTranslation("feedback.trend.pulse")).setAutoWidth(true)
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
        grid.addItemClickListener(e -> page.pulses().stream().filter(p -> p.id() == e.getItem().pulseId()).findFirst()
                .ifPresent(this::showResults));
        card.add(grid);
        card.setWidthFull();
        return card;
    }
}
