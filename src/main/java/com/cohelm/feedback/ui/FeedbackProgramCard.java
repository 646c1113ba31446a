package com.cohelm.feedback.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.feedback.FeedbackSummary;
import com.cohelm.program.ProgramCard;
import com.cohelm.program.ProgramDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.text.NumberFormat;
import java.util.Optional;

/**
 * The program overview's feedback card, feedback both ways in brief: what is still open, criticism first,
 * and the latest revealed pulse. It stands beside the health card.
 */
@SpringComponent
class FeedbackProgramCard implements ProgramCard {

    private final FeedbackService feedbackService;

    FeedbackProgramCard(FeedbackService feedbackService) {
        this.feedbackService = feedbackService;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public Place place() {
        return Place.CARD;
    }

    @Override
    public Optional<Component> draw(ProgramDetails program) {
        return Optional.of(new FeedbackCard(program, feedbackService.summary(program.id())));
    }

    private static final class FeedbackCard extends Card {

        FeedbackCard(ProgramDetails program, FeedbackSummary summary) {
            setTitle(new H3(getTranslation("program.feedback.title")));
            add(new Paragraph(getTranslation("program.feedback.open", summary.openItems(), summary.openCriticism())));
            addClassName("feedback-summary");
            var latest = summary.latest();
            var supplier = program.supplierLead().organizationName();
            String pulse;
            if (latest == null) {
                pulse = getTranslation("program.feedback.no-pulse");
            } else if (latest.customerAverage() == null && latest.supplierAverage() == null) {
                // Neither side had enough answers to show anything (see the feedback page for the counts).
                pulse = getTranslation("program.feedback.latest.too-few", Formats.period(latest.title(), getLocale()));
            } else {
                pulse = getTranslation("program.feedback.latest", Formats.period(latest.title(), getLocale()),
                        program.customer().name(), supplier, rating(latest.customerAverage()),
                        rating(latest.supplierAverage()), latest.netPromoterScore() == null ? "–"
                                : (latest.netPromoterScore() > 0 ? "+" : "") + latest.netPromoterScore());
            }
            add(new Paragraph(pulse));
            add(new Anchor(Routes.address(FeedbackView.class, program.id()), getTranslation("program.feedback")));
        }

        private String rating(Double value) {
            if (value == null) {
                return "–";
            }
            var number = NumberFormat.getNumberInstance(getLocale());
            number.setMinimumFractionDigits(1);
            number.setMaximumFractionDigits(1);
            return number.format(value);
        }
    }
}
