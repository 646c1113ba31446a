package com.cohelm.schedule.ui;

import com.cohelm.base.DateRange;
import java.util.Map;
import jakarta.validation.ConstraintViolationException;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.schedule.MilestoneDetails;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.SlipService;
import com.cohelm.schedule.SlipCause;
import com.cohelm.schedule.SlipDraft;
import com.cohelm.schedule.SlipReport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Record a slip" (decision 0023): the new planned date, the cause, the explanation and the recovery plan,
 * each marked required before anything is typed, and the milestones that wait on this one. The service
 * checks again that the date is a slip and that the reader's side owns the milestone.
 */
class SlipDialog extends Dialog {

    private final SlipService slipService;
    private final MilestoneDetails milestone;
    private final SerializableConsumer<MilestoneDetails> onSaved;
    final LocalizedDatePicker plannedDate = new LocalizedDatePicker(null);
    final Select<SlipCause> cause = new Select<>();
    final TextArea explanation = new TextArea();
    final TextArea recoveryPlan = new TextArea();
    private long version;

    SlipDialog(SlipService slipService, MilestoneDetails milestone, LocalDate proposedDate,
            SerializableConsumer<MilestoneDetails> onSaved) {
        this.slipService = slipService;
        this.milestone = milestone;
        this.onSaved = onSaved;
        addClassName("slip-dialog");
        setHeaderTitle(getTranslation("slip.dialog.title", milestone.row().title()));
        setWidth("min(40rem, 100vw)");
        setCloseOnOutsideClick(false);

        var row = milestone.row();
        version = row.version();
        var firstSlipDay = latest(row.baselineDate(), row.plannedDate()).plusDays(1);
        var intro = new Paragraph(getTranslation("slip.dialog.intro", Formats.date(row.baselineDate(), getLocale()),
                Formats.date(row.plannedDate(), getLocale())));
        plannedDate.setLabel(getTranslation("slip.new-planned"));
        plannedDate.setRequiredIndicatorVisible(true);
        // from the first day that is a slip to the last a milestone of this program may take (decision 0033)
        var lastDay = milestone.allowedDates().max();
        plannedDate.setRange(new DateRange(firstSlipDay, lastDay.isBefore(firstSlipDay) ? firstSlipDay : lastDay),
                "schedule.error.date-range");
        plannedDate.setMinErrorKey("schedule.error.not-a-slip");
        plannedDate.setHelperText(getTranslation("slip.new-planned.help", Formats.date(firstSlipDay, getLocale())));
        plannedDate.setValue(proposedDate != null && !proposedDate.isBefore(firstSlipDay) ? proposedDate : null);
        cause.setLabel(getTranslation("slip.cause"));
        cause.setItems(SlipCause.values());
        cause.setItemLabelGenerator(c -> getTranslation("slip.cause." + c.name()));
        cause.setRequiredIndicatorVisible(true);
        explanation.setLabel(getTranslation("slip.explanation"));
        TextLimit.of(explanation, 2000);
        explanation.setRequiredIndicatorVisible(true);
        recoveryPlan.setLabel(getTranslation("slip.recovery-plan"));
        recoveryPlan.setHelperText(getTranslation("slip.recovery-plan.help"));
        TextLimit.of(recoveryPlan, 2000);
        recoveryPlan.setRequiredIndicatorVisible(true);
        var form = new FormLayout(plannedDate, cause, explanation, recoveryPlan);
        form.setAutoResponsive(true);
        form.setMaxColumns(1);
        form.setExpandFields(true);
        add(intro, form, waiting(milestone));

        var save = new Button(getTranslation("slip.record"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** What a slip here pushes: named before saving, so the reporter knows who to warn. */
    private com.vaadin.flow.component.Component waiting(MilestoneDetails details) {
        var section = new com.vaadin.flow.component.html.Div();
        section.addClassName("slip-affected");
        if (details.affected().isEmpty()) {
            section.add(new Paragraph(getTranslation("slip.affected.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("slip.affected.title")));
        var list = new UnorderedList();
        for (MilestoneRef ref : details.affected()) {
            list.add(new ListItem(getTranslation("slip.affected.item", ref.title(),
                    Formats.date(ref.plannedDate(), getLocale()))));
        }
        section.add(list);
        return section;
    }

    private void save() {
        var valid = required(plannedDate.getValue() != null && !plannedDate.isInvalid(), plannedDate)
                & required(cause.getValue() != null, cause)
                & required(!explanation.getValue().isBlank(), explanation)
                & required(!recoveryPlan.getValue().isBlank(), recoveryPlan);
        if (!valid || !TextLimit.withinAll(TextLimit.of(explanation), TextLimit.of(recoveryPlan))) {
            return;
        }
        try {
            var saved = slipService.recordSlip(milestone.programId(), milestone.row().id(), version,
                    new SlipDraft(plannedDate.getValue(), new SlipReport(cause.getValue(), explanation.getValue(),
                            recoveryPlan.getValue())));
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException | ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("explanation", explanation, "recoveryPlan", recoveryPlan), plannedDate);
        } catch (ConcurrentEditException e) {
            // The milestone changed meanwhile: the page shows it as it is now, what was typed stays here, and
            // the next press records the slip against that version (the service checks the date again).
            Notification.show(getTranslation("milestone.changed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            MilestoneDetails current = e.current();
            version = current.row().version();
            onSaved.accept(current);
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("milestone.not-allowed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            close();
        }
    }

    private boolean required(boolean filled, HasValidation field) {
        if (!filled && field == plannedDate && plannedDate.getValue() != null) {
            return false; // the picker already says why the date is refused
        }
        field.setErrorMessage(filled ? null : getTranslation("validation.required"));
        field.setInvalid(!filled);
        return filled;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
