package com.cohelm.schedule.ui;

import jakarta.validation.ConstraintViolationException;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.DateRange;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.ProposalView;
import com.cohelm.schedule.ProposedBaseline;
import com.cohelm.schedule.RebaselineDraft;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.RebaselineService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes new baseline dates for one or more open milestones, with the reason the other side's lead
 * reads before accepting or declining. Nothing changes until they accept.
 */
class RebaselineDialog extends Dialog {

    private final RebaselineService rebaselineService;
    private final long programId;
    private final SerializableConsumer<ProposalView> onProposed;
    private final List<MilestoneRef> open;
    private final List<Row> rows = new ArrayList<>();
    private final Div rowsContainer = new Div();
    private final TextArea reason = new TextArea();
    /** The days a new baseline may take: within a year of the program's dates (decision 0033). */
    private final DateRange dates;
    private final Paragraph itemsError = new Paragraph();

    private record Row(ComboBox<MilestoneRef> milestone, LocalizedDatePicker date, Div layout) {
    }

    RebaselineDialog(MilestoneService milestoneService, RebaselineService rebaselineService, long programId,
            SerializableConsumer<ProposalView> onProposed) {
        this.rebaselineService = rebaselineService;
        this.programId = programId;
        this.onProposed = onProposed;
        this.dates = milestoneService.datesAllowed(programId);
        addClassName("rebaseline-form");
        setHeaderTitle(getTranslation("rebaseline.form.title"));
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        open = milestoneService.candidates(programId, null).milestones().stream().filter(m -> !m.done()).toList();
        add(new Paragraph(getTranslation("rebaseline.form.intro")));
        reason.setLabel(getTranslation("rebaseline.reason"));
        TextLimit.of(reason, 2000);
        reason.setWidthFull();
        rowsContainer.addClassName("rebaseline-rows");
        itemsError.addClassName("field-error");
        itemsError.setVisible(false);
        var addRow = new Button(getTranslation("rebaseline.add-milestone"), VaadinIcon.PLUS.create(), e -> addRow());
        addRow.addThemeVariants(ButtonVariant.TERTIARY);
        add(reason, rowsContainer, itemsError, addRow);
        addRow();
        var propose = new Button(getTranslation("rebaseline.submit"), e -> propose());
        propose.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), propose);
    }

    private void addRow() {
        var milestone = new ComboBox<MilestoneRef>(getTranslation("rebaseline.milestone"));
        milestone.setItems(open);
        milestone.setItemLabelGenerator(m -> m.title() + " (" + Formats.date(m.plannedDate(), getLocale()) + ")");
        var date = new LocalizedDatePicker(null);
        date.setLabel(getTranslation("rebaseline.new-baseline"));
        date.setRange(dates, "schedule.error.date-range");
        var layout = new Div(milestone, date);
        layout.addClassName("rebaseline-row");
        var row = new Row(milestone, date, layout);
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            rowsContainer.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("rebaseline.remove-milestone"));
        layout.add(remove);
        rows.add(row);
        rowsContainer.add(layout);
    }

    private void propose() {
        var valid = true;
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("validation.required"));
            reason.setInvalid(true);
            valid = false;
        } else if (!TextLimit.of(reason).within()) {
            valid = false;
        } else {
            reason.setInvalid(false);
        }
        var items = new ArrayList<ProposedBaseline>();
        for (var row : rows) {
            var complete = row.milestone().getValue() != null && row.date().getValue() != null;
            row.milestone().setInvalid(row.milestone().getValue() == null);
            row.date().setInvalid(row.date().getValue() == null);
            if (complete) {
                items.add(new ProposedBaseline(row.milestone().getValue().id(), row.date().getValue()));
            } else {
                valid = false;
            }
        }
        if (items.isEmpty()) {
            showItemsError(getTranslation("rebaseline.error.no-items"));
            return;
        }
        if (!valid) {
            return;
        }
        try {
            var proposal = rebaselineService.proposeRebaseline(programId, new RebaselineDraft(reason.getValue(), items));
            close();
            onProposed.accept(proposal);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, reason);
        } catch (InvalidInputException e) {
            if ("reason".equals(e.field())) {
                reason.setErrorMessage(ServiceErrors.message(this, e));
                reason.setInvalid(true);
            } else {
                showItemsError(ServiceErrors.message(this, e));
            }
        }
    }

    private void showItemsError(String message) {
        itemsError.setText(message);
        itemsError.setVisible(true);
    }
}
