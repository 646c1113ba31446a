package com.cohelm.action.ui;

import com.cohelm.action.ActionReports;
import com.cohelm.action.ResponseFigure;
import com.cohelm.action.SideResponsiveness;
import com.cohelm.base.ui.Cards;
import com.cohelm.program.ProgramCard;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The program overview's responsiveness row: how fast each side answers and closes, the same figures for both. */
@SpringComponent
class ResponsivenessProgramCard implements ProgramCard {

    private final ActionReports reports;

    ResponsivenessProgramCard(ActionReports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Place place() {
        return Place.ROW;
    }

    @Override
    public Optional<Component> draw(ProgramDetails program) {
        return Optional.of(new Row(program, reports.responsiveness(program.id())));
    }

    /** One card per side. */
    private static final class Row extends Div {

        Row(ProgramDetails program, List<SideResponsiveness> sides) {
            addClassNames("card-row", "responsiveness");
            for (var side : sides) {
                var name = side.side() == Side.SUPPLIER ? program.supplierLead().organizationName()
                        : program.customer().name();
                var card = Cards.titled(getTranslation("program.responsiveness", name));
                card.addClassName("responsiveness-card");
                var sideTag = new Span(getTranslation("side." + side.side().name()));
                sideTag.addClassNames("side-tag", "side-" + side.side().name().toLowerCase(Locale.ROOT));
                card.setHeaderSuffix(sideTag);
                if (side.answering().isEmpty() && side.closing().isEmpty()) {
                    card.add(new Paragraph(getTranslation("program.responsiveness.none")));
                } else {
                    card.add(Cards.fact(getTranslation("program.responsiveness.answering"), figure(side.answering())),
                            Cards.fact(getTranslation("program.responsiveness.closing"), figure(side.closing())));
                }
                var window = new Span(getTranslation("program.responsiveness.window"));
                window.addClassName("fact-label");
                card.add(window);
                card.getElement().setAttribute("title", getTranslation("program.responsiveness.help"));
                add(card);
            }
        }

        private String figure(ResponseFigure figure) {
            var median = figure.median().map(this::duration).orElse(getTranslation("program.responsiveness.no-median"));
            var share = figure.onTimeShare().map(NumberFormat.getPercentInstance(getLocale())::format).orElse("–");
            return getTranslation("program.responsiveness.figure", median, share, figure.responded(), figure.overdueOpen());
        }

        /** Hours under two days, days with one decimal beyond. */
        private String duration(Duration duration) {
            var hours = duration.toMinutes() / 60.0;
            var number = NumberFormat.getNumberInstance(getLocale());
            number.setMaximumFractionDigits(1);
            return hours < 48 ? getTranslation("program.responsiveness.hours", number.format(hours))
                    : getTranslation("program.responsiveness.days", number.format(hours / 24));
        }
    }
}
