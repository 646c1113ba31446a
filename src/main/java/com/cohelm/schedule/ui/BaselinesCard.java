package com.cohelm.schedule.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.schedule.ScheduleOverview;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;

/** The baseline versions both sides agreed, and the re-baseline proposals already decided. */
final class BaselinesCard extends Composite<Card> {

    private final Card card;

    BaselinesCard(ScheduleOverview schedule, ZoneId zone) {
        card = Cards.titled(getTranslation("baselines.title"));
        card.addClassName("baselines-card");
        if (schedule.baselines().isEmpty()) {
            card.add(new Paragraph(getTranslation("baselines.none")));
            return;
        }
        var versions = new UnorderedList();
        schedule.baselines().forEach(b -> versions.add(new ListItem(getTranslation("baselines.version", b.label(),
                Formats.dateTime(b.createdAt(), getLocale(), zone)))));
        card.add(versions);
        if (!schedule.decidedProposals().isEmpty()) {
            var decided = new UnorderedList();
            schedule.decidedProposals().forEach(p -> decided.add(new ListItem(getTranslation(
                    "rebaseline.decided." + p.state().name(), p.proposedBy(), p.reason(),
                    p.decidedBy() == null ? "" : p.decidedBy(),
                    p.decisionReason() == null ? "" : p.decisionReason()))));
            card.add(new Paragraph(getTranslation("rebaseline.history")), decided);
        }
    }

    @Override
    protected Card initContent() {
        return card;
    }
}
