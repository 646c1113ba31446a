package com.cohelm.action.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionBulkChanges;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionRef;
import com.cohelm.action.BulkResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A lead's changes to the items selected in the plan's grid: close them all, or give them all to one person.
 * It follows the grid's selection (what it offers is enabled only when something is selected) and, after a
 * change, says what was done and what was not (changed by someone else meanwhile, or a question).
 */
class BulkBar extends HorizontalLayout {

    private final Grid<ActionItemView> grid;
    private final Runnable afterChange;
    private final Registration selectionListener;

    BulkBar(ActionBulkChanges bulkChanges, Grid<ActionItemView> grid, long programId, List<PersonSummary> people,
            Runnable afterChange) {
        this.grid = grid;
        this.afterChange = afterChange;
        var selected = new Span();
        selected.addClassName("bulk-selected");
        var close = new Button(getTranslation("actions.bulk.close"), VaadinIcon.CHECK.create(),
                e -> done(bulkChanges.closeAll(programId, refs())));
        // One line above the rows: the person box is named by its placeholder and, for screen readers, its label.
        var to = new ComboBox<PersonSummary>();
        to.setPlaceholder(getTranslation("actions.bulk.assignee.placeholder"));
        to.setAriaLabel(getTranslation("actions.bulk.assignee"));
        to.addClassName("bulk-assignee");
        to.setItems(people);
        to.setItemLabelGenerator(p -> p.displayName() + " · " + p.organizationName());
        var reassign = new Button(getTranslation("actions.bulk.reassign"), VaadinIcon.USER_CHECK.create(),
                e -> done(bulkChanges.reassignAll(programId, refs(), to.getValue().id())));
        close.setEnabled(false);
        reassign.setEnabled(false);
        to.addValueChangeListener(e -> reassign.setEnabled(e.getValue() != null && !grid.getSelectedItems().isEmpty()));
        selectionListener = grid.addSelectionListener(e -> {
            var count = e.getAllSelectedItems().size();
            selected.setText(count == 0 ? "" : getTranslation("actions.bulk.selected", count));
            close.setEnabled(count > 0);
            reassign.setEnabled(count > 0 && to.getValue() != null);
        });
        add(close, to, reassign, selected);
        addClassName("bulk-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** Stops following the grid's selection: the page is built again without this bar. */
    void detachFromGrid() {
        selectionListener.remove();
    }

    private List<ActionRef> refs() {
        return grid.getSelectedItems().stream().map(ActionItemView::ref).toList();
    }

    private void done(BulkResult result) {
        var messages = new ArrayList<String>();
        messages.add(getTranslation("actions.bulk.changed", result.changed()));
        if (result.stale() > 0) {
            messages.add(getTranslation("actions.bulk.stale", result.stale()));
        }
        if (result.questions() > 0) {
            messages.add(getTranslation("actions.bulk.questions", result.questions()));
        }
        var notification = Notification.show(String.join(" ", messages), 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(result.stale() > 0 || result.questions() > 0 ? NotificationVariant.WARNING
                : NotificationVariant.SUCCESS);
        grid.deselectAll();
        afterChange.run();
    }
}
