package com.cohelm.schedule.ui;

import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.program.ProgramCard;
import com.cohelm.program.ProgramDetails;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.schedule.ScheduleSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/** The program overview's schedule row: where the shared schedule stands, and the slips the sides still dispute. */
@SpringComponent
class ScheduleProgramCard implements ProgramCard {

    private final ScheduleQueries scheduleService;

    ScheduleProgramCard(ScheduleQueries scheduleService) {
        this.scheduleService = scheduleService;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Place place() {
        return Place.ROW;
    }

    @Override
    public Optional<Component> draw(ProgramDetails program) {
        return Optional.of(new Row(program.id(), scheduleService.summary(program.id())));
    }

    /** The schedule's card and the contested slips' card, side by side. */
    private static final class Row extends Div {

        Row(long programId, ScheduleSummary summary) {
            var base = Routes.address(ScheduleView.class, programId);
            var next = summary.nextMilestone()
                    .<Component>map(m -> {
                        var link = new Anchor(Routes.address(MilestoneView.class, programId, m.id()),
                                getTranslation("program.schedule.next", m.title(),
                                        Formats.date(m.plannedDate(), getLocale())));
                        var line = new Span(link, ScheduleBadges.milestone(this, m.late(), m.daysSlipped()));
                        line.addClassName("next-milestone");
                        return line;
                    })
                    .orElseGet(() -> new Span(getTranslation("program.schedule.no-next")));
            var card = Cards.titled(getTranslation("program.schedule"), Cards.labelled(getTranslation("program.schedule.next-label"), next),
                    Cards.fact(getTranslation("milestone.status.LATE"), String.valueOf(summary.counts().get(MilestoneStatus.LATE))),
                    Cards.fact(getTranslation("milestone.status.SLIPPED"), String.valueOf(summary.counts().get(MilestoneStatus.SLIPPED))),
                    Cards.fact(getTranslation("milestone.status.DONE"), String.valueOf(summary.counts().get(MilestoneStatus.DONE))));
            card.addClassName("schedule-summary");
            if (summary.rebaselinePending()) {
                card.add(new Anchor(base, getTranslation("program.schedule.rebaseline-pending")));
            }
            var contested = Cards.titled(getTranslation("slip.contested.title"));
            contested.addClassName("contested-slips");
            if (summary.contestedSlips().isEmpty()) {
                contested.add(new Paragraph(getTranslation("program.schedule.no-contested")));
            } else {
                var list = new UnorderedList();
                summary.contestedSlips().forEach(slip -> list.add(new ListItem(
                        new Anchor(Routes.address(MilestoneView.class, programId, slip.milestoneId()),
                                slip.milestoneTitle()),
                        new Span(" " + getTranslation("slip.contested.summary", Formats.date(slip.fromDate(), getLocale()),
                                Formats.date(slip.toDate(), getLocale()), getTranslation("slip.cause." + slip.cause().name()))))));
                contested.add(list);
                contested.addClassName("has-contested");
            }
            add(card, contested);
            addClassName("card-row");
        }
    }
}
