package com.cohelm.schedule.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.program.HomeSection;
import com.cohelm.program.ProgramSummary;
import com.cohelm.schedule.HomeSchedule;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ScheduleQueries;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;

/**
 * The home page's share of the schedule: the open milestones due in the next two weeks and those already
 * late, what both sides must deliver now; and on each program's card its next milestone. One read for both.
 */
@SpringComponent
class ScheduleHomeSection implements HomeSection {

    /** How far ahead the home page looks for milestones. */
    static final int MILESTONE_DAYS = 14;
    static final int MILESTONES = 8;

    private final ScheduleQueries scheduleService;

    ScheduleHomeSection(ScheduleQueries scheduleService) {
        this.scheduleService = scheduleService;
    }

    @Override
    public int order() {
        return 300;
    }

    /** Right below the program's target date, before its open items. */
    @Override
    public int programCardOrder() {
        return 100;
    }

    @Override
    public Share read(HomePage page) {
        var schedule = scheduleService.home(MILESTONE_DAYS, MILESTONES);
        return new Share() {
            @Override
            public List<Component> sections() {
                return List.of(new DueSoon(schedule));
            }

            @Override
            public List<Component> programCardLines(ProgramSummary program) {
                var next = schedule.nextByProgram().get(program.id());
                return List.of(next == null ? new NoNextMilestone() : new NextMilestone(program.id(), next));
            }
        };
    }

    private static final class DueSoon extends HomeSection.Block {

        DueSoon(HomeSchedule schedule) {
            super("home-milestones", "home.milestones", MILESTONE_DAYS);
            if (schedule.dueSoon().isEmpty()) {
                add(empty(getTranslation("home.milestones.empty", MILESTONE_DAYS)));
                return;
            }
            var list = new Div();
            list.addClassName("home-list");
            for (var milestone : schedule.dueSoon()) {
                var title = new Anchor(Routes.address(MilestoneView.class, milestone.programId(), milestone.milestoneId()),
                        milestone.title());
                title.addClassName("home-item-title");
                var meta = new Span(getTranslation("home.milestone.meta", milestone.programName(),
                        getTranslation("milestone.owner-side." + milestone.ownerSide().name()),
                        Formats.date(milestone.plannedDate(), getLocale())));
                meta.addClassName("home-item-meta");
                var row = new Div(title, meta, ScheduleBadges.milestone(this,
                        milestone.status() == MilestoneStatus.LATE, milestone.daysSlipped()));
                row.addClassName("home-action");
                list.add(row);
            }
            add(list);
        }
    }

    /** On a program's card: its next open milestone, with "Late" and the slip when they apply. */
    private static final class NextMilestone extends Div {

        NextMilestone(long programId, MilestoneRef next) {
            var link = new Anchor(Routes.address(MilestoneView.class, programId, next.id()),
                    getTranslation("home.next-milestone", next.title(), Formats.date(next.plannedDate(), getLocale())));
            add(link, ScheduleBadges.milestone(this, next.late(), next.daysSlipped()));
            addClassName("next-milestone");
        }
    }

    private static final class NoNextMilestone extends Paragraph {

        NoNextMilestone() {
            setText(getTranslation("program.schedule.no-next"));
        }
    }
}
