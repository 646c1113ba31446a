package com.cohelm.schedule.ui;

import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.Routes;
import com.cohelm.base.ui.RowCard;
import com.cohelm.schedule.MilestoneRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The schedule page's list of milestones, fed page by page by the callbacks the page gives it (the page keeps
 * the service calls and the filter).
 *
 * <p>Every column fits beside the menu from 1280 px on (issue 26: the Slip column was off-screen at 1440 px):
 * the status cell holds the status, the slip (when the status does not say it) and the other side's stand on
 * an open slip, wrapping rather than cutting; dates have fixed widths that hold French dates; a done date
 * goes under the planned one. On a phone each row is a card (decision 0024).
 */
final class MilestoneList extends Grid<MilestoneRow> {

    private final long programId;

    MilestoneList(long programId, CallbackDataProvider.FetchCallback<MilestoneRow, Void> fetch,
            CallbackDataProvider.CountCallback<MilestoneRow, Void> count) {
        this.programId = programId;
        addClassName("milestone-grid");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        addColumn(LitRenderer.<MilestoneRow>of("<a class=\"milestone-link\" href=\"${item.href}\">${item.title}</a>")
                        .withProperty("href", row -> href(row.id()))
                        .withProperty("title", MilestoneRow::title))
                .setHeader(getTranslation("milestone.title")).setFlexGrow(3).setWidth("12rem").setKey("title");
        addColumn(new ComponentRenderer<>(this::badges))
                .setHeader(getTranslation("milestone.status")).setWidth("11rem").setFlexGrow(0).setKey("status");
        addColumn(new ComponentRenderer<>(row -> {
                    // name and organization, as in the action plan: the job title made every row four lines tall
                    var owner = new Div(ScheduleBadges.side(this, row.ownerSide()),
                            PersonLabel.withOrganization(row.owner()));
                    owner.addClassName("milestone-owner");
                    return owner;
                }))
                .setHeader(getTranslation("milestone.owner")).setFlexGrow(2).setWidth("11rem");
        addColumn(row -> Formats.date(row.baselineDate(), getLocale())).setHeader(getTranslation("milestone.baseline"))
                .setWidth("7.5rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> {
                    var planned = new Div(new Span(Formats.date(row.plannedDate(), getLocale())));
                    if (row.doneDate() != null) {
                        var done = new Span(getTranslation("milestone.done") + " " + Formats.date(row.doneDate(), getLocale()));
                        done.addClassName("milestone-done-date");
                        planned.add(done);
                    }
                    planned.addClassName("milestone-dates");
                    return planned;
                }))
                .setHeader(getTranslation("milestone.planned")).setWidth("8rem").setFlexGrow(0);
        addColumn(row -> row.daysSlipped() == 0 ? "" : getTranslation("milestone.days-slipped.short", row.daysSlipped()))
                .setHeader(getTranslation("milestone.slipped")).setWidth("6.5rem").setFlexGrow(0);
        PhoneLayout.cardsOnPhone(this, getTranslation("schedule.cards"), this::card);
        setItems(fetch, count);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(href(e.getItem().id()))));
        setEmptyStateText(getTranslation("schedule.empty.filter"));
        setHeight("32rem");
    }

    private String href(long milestoneId) {
        return Routes.address(MilestoneView.class, programId, milestoneId);
    }

    /** Status, slip and the stand on an open slip: late and slipped are both shown when both are true. */
    private Component badges(MilestoneRow row) {
        var badges = ScheduleBadges.statusAndSlip(this, row.status(), row.daysSlipped());
        if (row.openSlipState() != null) {
            badges.add(ScheduleBadges.slip(this, row.openSlipState()));
        }
        return badges;
    }

    /** A milestone on a phone: title, owner side and person, planned date, and the badges. */
    private Component card(MilestoneRow row) {
        var title = new Anchor(href(row.id()), row.title());
        var card = new RowCard(title)
                .meta(getTranslation("milestone.owner-side." + row.ownerSide().name()), row.owner().displayName())
                .fact(getTranslation("milestone.planned"), Formats.date(row.plannedDate(), getLocale()))
                .fact(getTranslation("milestone.baseline"), Formats.date(row.baselineDate(), getLocale()));
        if (row.doneDate() != null) {
            card.fact(getTranslation("milestone.done"), Formats.date(row.doneDate(), getLocale()));
        }
        card.line(badges(row));
        return card;
    }
}
