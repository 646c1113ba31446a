package com.cohelm.schedule.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.schedule.ContestedSlip;
import com.cohelm.schedule.ScheduleOverview;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The slips the sides still dispute, each linked to its milestone. */
final class ContestedSlipsCard extends Composite<Card> {

    private final Card card;

    ContestedSlipsCard(ScheduleOverview schedule) {
        var list = new UnorderedList();
        for (ContestedSlip slip : schedule.contestedSlips()) {
            var link = new Anchor(Routes.address(MilestoneView.class, schedule.programId(), slip.milestoneId()),
                    slip.milestoneTitle());
            list.add(new ListItem(link, new Span(" " + getTranslation("slip.contested.summary",
                    Formats.date(slip.fromDate(), getLocale()), Formats.date(slip.toDate(), getLocale()),
                    getTranslation("slip.cause." + slip.cause().name())))));
        }
        card = Cards.titled(getTranslation("slip.contested.title"), list);
        card.addClassName("contested-card");
    }

    @Override
    protected Card initContent() {
        return card;
    }
}
