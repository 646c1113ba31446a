package com.cohelm.feedback.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionService;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Forms;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns feedback into an action of the mutual action plan, assigned to someone of either side: the action
 * remembers the feedback it came from, and the feedback shows its action.
 */
class PlanActionDialog extends Dialog {

    private final FeedbackService feedbackService;
    private final FeedbackItemView item;
    private final SerializableConsumer<FeedbackItemView> onSaved;
    private final Binder<PlanForm> binder = new Binder<>(PlanForm.class);
    private final TextField title = new TextField();
    private final ComboBox<PersonSummary> assignee = new ComboBox<>();
    private final LocalizedDatePicker dueDate = new LocalizedDatePicker(null);

    PlanActionDialog(FeedbackService feedbackService, ActionService actionService, FeedbackItemView item,
            LocalDate today, SerializableConsumer<FeedbackItemView> onSaved) {
        this.feedbackService = feedbackService;
        this.item = item;
        this.onSaved = onSaved;
        addClassName("plan-action-dialog");
        setHeaderTitle(getTranslation("feedback.plan.title"));
        setWidth("min(40rem, 100vw)");
        setCloseOnOutsideClick(false);
        var plan = actionService.plan(item.programId());
        title.setLabel(getTranslation("feedback.plan.action-title"));
        TextLimit.of(title, 200);
        assignee.setLabel(getTranslation("feedback.plan.assignee"));
        assignee.setItems(Stream.concat(plan.supplierPeople().stream(), plan.customerPeople().stream()).toList());
        assignee.setItemLabelGenerator(p -> p.displayName() + " · " + p.organizationName());
        dueDate.setLabel(getTranslation("feedback.plan.due"));
        dueDate.setRange(plan.dueDates(), "actions.error.due-range"); // decision 0033
        dueDate.setMinErrorKey("actions.error.due-in-past");
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(title)).bind("title");
        binder.forField(assignee).asRequired(getTranslation("actions.error.assignee")).bind("assignee");
        binder.forField(dueDate).asRequired(required).bind("dueDate");
        var form = Forms.twoColumns();
        form.addFormRow(title);
        form.setColspan(title, 2);
        form.addFormRow(assignee, dueDate);
        add(form);
        var save = new Button(getTranslation("feedback.plan.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        binder.readRecord(new PlanForm(item.title(), null, today.plusDays(14)));
    }

    private void save() {
        PlanForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = feedbackService.planAction(item.programId(), item.id(), item.version(), form.title(),
                    form.assignee().id(), form.dueDate());
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("title", title, "assigneeId", assignee, "dueDate", dueDate), title);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "assigneeId" -> assignee;
                case "dueDate" -> dueDate;
                default -> title;
            };
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            Notification.show(getTranslation("feedback.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            close();
            onSaved.accept(e.current());
        }
    }
}
