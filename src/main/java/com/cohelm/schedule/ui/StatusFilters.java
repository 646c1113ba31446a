package com.cohelm.schedule.ui;

import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ScheduleOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Counts per status above the schedule; each one filters the list, "all" clears the filter. The page decides
 * what picking one does to the address.
 */
final class StatusFilters extends Div {

    /**
     * @param current the status the list shows, or null for all
     * @param pick    told the status picked, or null for "all"
     */
    StatusFilters(ScheduleOverview schedule, MilestoneStatus current, SerializableConsumer<MilestoneStatus> pick) {
        addClassName("status-filters");
        var all = new Button(getTranslation("schedule.all", schedule.total()), e -> pick.accept(null));
        all.addThemeVariants(current == null ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        add(all);
        for (var each : MilestoneStatus.values()) {
            var button = new Button(getTranslation("schedule.count." + each.name(), schedule.counts().get(each)),
                    e -> pick.accept(each));
            button.addThemeVariants(each == current ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            add(button);
        }
    }
}
