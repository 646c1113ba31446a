package com.cohelm.review.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewClosingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * Beside the current item: the attendees, each with the meeting's time where they are (in the reader's language
 * and format: "Dec 10, 2026, 3:00 PM (Europe/Paris)"), and the sign-off of each side with its button.
 */
class ReviewSidePanel extends Div {

    ReviewSidePanel() {
        addClassName("review-side");
    }

    /**
     * @param zone the reader's time zone, for the sign-offs' times
     * @param act  runs a change and shows the review as it then is
     */
    void show(ReviewDetails review, ZoneId zone, ReviewClosingService closingService, Predicate<Runnable> act) {
        removeAll();
        var attendees = new Div();
        for (var attendee : review.attendees()) {
            attendees.add(new PersonLabel(attendee.person(), getTranslation("review.attendee.time",
                    Formats.dateTime(review.startsAt(), getLocale(), attendee.timeZone()), attendee.timeZone().getId())));
        }
        var attendeeCard = Cards.titled(getTranslation("review.attendees"), attendees);
        attendeeCard.addClassName("review-attendees");

        var signOffs = new Div();
        for (var signOff : review.signOffs()) {
            var line = new Paragraph(getTranslation("side." + signOff.side().name()) + ": " + (signOff.signed()
                    ? getTranslation("review.signed-by", signOff.signedBy().displayName(),
                            Formats.dateTime(signOff.signedAt(), getLocale(), zone))
                    : getTranslation("review.awaiting", signOff.lead().displayName())));
            line.addClassName("review-sign-off");
            signOffs.add(line);
        }
        var permissions = review.permissions();
        if (permissions.signOff()) {
            var sign = new Button(getTranslation("review.sign-off"), VaadinIcon.CHECK.create(),
                    e -> act.test(() -> closingService.signOff(review.id())));
            sign.addThemeVariants(ButtonVariant.PRIMARY);
            sign.addClassName("sign-off");
            signOffs.add(sign);
        }
        if (permissions.withdraw()) {
            signOffs.add(new Button(getTranslation("review.withdraw"),
                    e -> act.test(() -> closingService.withdrawSignOff(review.id()))));
        }
        var signCard = Cards.titled(getTranslation("review.sign-offs"), signOffs);
        signCard.addClassName("review-sign-offs");
        add(attendeeCard, signCard);
    }
}
