package com.cohelm.action.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionPlan;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.ConflictDialog.Difference;
import com.cohelm.base.ui.ConflictDialog.Differences;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Forms;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.Side;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates an action or a question, or edits an item. A question goes to someone on the other side of
 * the asker, so the form offers only them; an open question is closed by its answer, not here.
 */
class ActionFormDialog extends Dialog {

    private final ActionService actionService;
    private final long programId;
    private final ActionItemView existing;
    private final boolean question;
    private final SerializableConsumer<ActionItemView> onSaved;
    private final Binder<ActionForm> binder = new Binder<>(ActionForm.class);
    private final TextField title = new TextField();
    private final TextArea details = new TextArea();
    private final ComboBox<PersonSummary> assignee = new ComboBox<>();
    private final LocalizedDatePicker dueDate = new LocalizedDatePicker(null);
    private final DateRange dueDates;
    private final Select<ActionStatus> status = new Select<>();
    private final TextField blockedOn = new TextField();

    /**
     * @param user     the reader: a new question goes to the other side, and due dates start today in their zone
     * @param existing the item to edit, or null for a new one
     * @param question for a new item: a question rather than an action
     */
    ActionFormDialog(ActionService actionService, ActionPlan plan, CurrentUser user, ActionItemView existing,
            boolean question, SerializableConsumer<ActionItemView> onSaved) {
        this.actionService = actionService;
        this.programId = plan.programId();
        this.existing = existing;
        this.question = existing == null ? question : existing.question();
        this.onSaved = onSaved;
        addClassName("action-form");
        setHeaderTitle(getTranslation(existing != null ? "actions.form.edit"
                : question ? "actions.form.question" : "actions.form.new"));
        setWidth("min(40rem, 100vw)");
        setCloseOnOutsideClick(false);

        Side addressed = !this.question ? null : existing == null ? user.side().other() : existing.waitingOn();
        title.setLabel(getTranslation(this.question ? "actions.form.question-title" : "actions.form.title"));
        TextLimit.of(title, 200);
        details.setLabel(getTranslation("actions.form.details"));
        TextLimit.of(details, 4000);
        assignee.setLabel(getTranslation(this.question ? "actions.form.assignee.question" : "actions.form.assignee"));
        assignee.setItems(people(plan, addressed));
        assignee.setItemLabelGenerator(p -> p.displayName() + " · " + p.organizationName());
        dueDate.setLabel(getTranslation("actions.form.due"));
        // from today to a year after the program; a date the item has already stays valid (decision 0033)
        dueDates = existing == null ? plan.dueDates() : plan.dueDates().including(existing.dueDate());
        dueDate.setRange(dueDates, "actions.error.due-range");
        if (existing == null) {
            dueDate.setMinErrorKey("actions.error.due-in-past");
        }
        status.setLabel(getTranslation("actions.form.status"));
        status.setItems(statuses());
        status.setItemLabelGenerator(s -> getTranslation("actions.status." + s.name()));
        status.setVisible(existing != null);
        blockedOn.setLabel(getTranslation("actions.form.blocked-on"));
        TextLimit.of(blockedOn, 500);
        status.addValueChangeListener(e -> blockedOn.setVisible(e.getValue() == ActionStatus.BLOCKED));
        blockedOn.setVisible(false);
        bind();

        var form = Forms.twoColumns();
        form.addFormRow(title);
        form.setColspan(title, 2);
        form.addFormRow(details);
        form.setColspan(details, 2);
        form.addFormRow(assignee, dueDate);
        form.addFormRow(status, blockedOn);
        add(form);

        var save = new Button(getTranslation("action.save"), e -> save(existing == null ? 0 : existing.version()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        binder.readRecord(existing == null ? ActionForm.empty() : ActionForm.of(existing));
    }

    /** Whom the item may go to: anyone who can act, but a question only to the side it is addressed to. */
    private static List<PersonSummary> people(ActionPlan plan, Side addressed) {
        return Stream.concat(plan.supplierPeople().stream(), plan.customerPeople().stream())
                .filter(p -> addressed == null || p.side() == addressed)
                .toList();
    }

    private List<ActionStatus> statuses() {
        if (existing != null && existing.question()) {
            // An open question closes with its answer; an answered one stays closed.
            return existing.status().isOpen()
                    ? Arrays.stream(ActionStatus.values()).filter(ActionStatus::isOpen).toList()
                    : List.of(ActionStatus.DONE);
        }
        return List.of(ActionStatus.values());
    }

    private void bind() {
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(title)).bind("title");
        binder.forField(details)
                .withValidator(TextLimit.validatorOf(details)).bind("details");
        binder.forField(assignee).asRequired(getTranslation("actions.error.assignee")).bind("assignee");
        binder.forField(dueDate).asRequired(required)
                .withValidator(d -> !d.isBefore(dueDates.min()), getTranslation("actions.error.due-in-past"))
                .withValidator(d -> !d.isAfter(dueDates.max()), dueDate.rangeMessage(dueDates, "actions.error.due-range"))
                .bind("dueDate");
        binder.forField(status).asRequired(required).bind("status");
        binder.forField(blockedOn)
                .withValidator(v -> status.getValue() != ActionStatus.BLOCKED || !v.isBlank(),
                        getTranslation("actions.error.blocked-on"))
                .withValidator(TextLimit.validatorOf(blockedOn))
                .bind("blockedOn");
    }

    private void save(long version) {
        ActionForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = existing == null
                    ? actionService.create(programId, form.toDraft(question, ActionOrigin.MANUAL, null))
                    : actionService.update(programId, existing.id(), version,
                            form.toDraft(question, existing.origin(), existing.originId()));
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("title", title, "details", details, "blockedOn", blockedOn), title);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "assigneeId" -> assignee;
                case "dueDate" -> dueDate;
                case "status" -> status;
                case "blockedOn" -> blockedOn;
                default -> title;
            };
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            ActionItemView current = e.current();
            new ConflictDialog(differences(form, ActionForm.of(current)), () -> save(current.version()), () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }

    private List<Difference> differences(ActionForm yours, ActionForm theirs) {
        var rows = new Differences(this);
        rows.field("actions.form.title", yours.title(), theirs.title());
        rows.field("actions.form.details", yours.details(), theirs.details());
        rows.field("actions.form.assignee", name(yours.assignee()), name(theirs.assignee()));
        rows.field("actions.form.due", Formats.date(yours.dueDate(), getLocale()),
                Formats.date(theirs.dueDate(), getLocale()));
        rows.field("actions.form.status", getTranslation("actions.status." + yours.status().name()),
                getTranslation("actions.status." + theirs.status().name()));
        rows.field("actions.form.blocked-on", yours.blockedOn(), theirs.blockedOn());
        return rows.list();
    }


    private static String blankToEmpty(String text) {
        return text == null || text.isBlank() ? "" : text.strip();
    }

    private static String name(PersonSummary person) {
        return person == null ? "" : person.displayName();
    }
}
