package com.cohelm.feedback.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.ConflictDialog.Differences;
import com.cohelm.base.ui.Forms;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.goal.GoalRef;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.security.Side;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/**
 * Gives feedback to the other side, or lets its author reword it (the earlier wording stays in the
 * history). A customer may be shown to the supplier as "a member of" their organization; the form says
 * plainly that the author is still kept for the supplier admins' audit log.
 */
class FeedbackFormDialog extends Dialog {

    private final FeedbackService feedbackService;
    private final FeedbackPage page;
    private final FeedbackItemView existing;
    private final SerializableConsumer<FeedbackItemView> onSaved;
    private final Binder<FeedbackForm> binder = new Binder<>(FeedbackForm.class);
    private final Select<FeedbackKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final ComboBox<GoalRef> goal = new ComboBox<>();
    private final ComboBox<MilestoneRef> milestone = new ComboBox<>();
    private final Checkbox anonymous = new Checkbox();

    /** @param existing the item its author rewords, or null for new feedback */
    FeedbackFormDialog(FeedbackService feedbackService, FeedbackPage page, FeedbackItemView existing,
            SerializableConsumer<FeedbackItemView> onSaved) {
        this.feedbackService = feedbackService;
        this.page = page;
        this.existing = existing;
        this.onSaved = onSaved;
        addClassName("feedback-form");
        var to = page.nameOf(page.side().other());
        setHeaderTitle(existing == null ? getTranslation("feedback.form.new", to) : getTranslation("feedback.form.edit"));
        setWidth("min(42rem, 100vw)");
        setCloseOnOutsideClick(false);

        kind.setLabel(getTranslation("feedback.form.kind"));
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("feedback.kind." + k.name()));
        title.setLabel(getTranslation("feedback.form.title"));
        TextLimit.of(title, 200);
        body.setLabel(getTranslation("feedback.form.body"));
        TextLimit.of(body, 4000);
        body.setMinHeight("8rem");
        goal.setLabel(getTranslation("feedback.form.goal"));
        goal.setItems(page.goals());
        goal.setItemLabelGenerator(GoalRef::title);
        goal.setClearButtonVisible(true);
        milestone.setLabel(getTranslation("feedback.form.milestone"));
        milestone.setItems(page.milestones());
        milestone.setItemLabelGenerator(MilestoneRef::title);
        milestone.setClearButtonVisible(true);
        anonymous.setLabel(getTranslation("feedback.form.anonymous", page.customerName()));
        anonymous.setHelperText(getTranslation("feedback.form.anonymous.help", page.supplierName()));
        anonymous.setVisible(page.side() == Side.CUSTOMER);
        bind();

        var form = Forms.twoColumns();
        form.addFormRow(kind);
        form.addFormRow(title);
        form.setColspan(title, 2);
        form.addFormRow(body);
        form.setColspan(body, 2);
        form.addFormRow(goal, milestone);
        form.addFormRow(anonymous);
        form.setColspan(anonymous, 2);
        var never = new Paragraph(getTranslation("feedback.form.never-deleted"));
        never.addClassName("form-note");
        add(form, never);

        var save = new Button(getTranslation(existing == null ? "feedback.form.send" : "action.save"),
                e -> save(existing == null ? 0 : existing.version()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        binder.readRecord(existing == null ? FeedbackForm.empty()
                : FeedbackForm.of(existing, page.goals(), page.milestones()));
    }

    private void bind() {
        var required = getTranslation("validation.required");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(title)).bind("title");
        binder.forField(body).asRequired(getTranslation("feedback.error.body"))
                .withValidator(v -> !v.isBlank(), getTranslation("feedback.error.body"))
                .withValidator(TextLimit.validatorOf(body)).bind("body");
        binder.forField(goal).bind("goal");
        binder.forField(milestone).bind("milestone");
        binder.forField(anonymous).bind("shownAsOrganization");
    }

    private void save(long version) {
        FeedbackForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = existing == null ? feedbackService.create(page.programId(), form.toDraft())
                    : feedbackService.edit(page.programId(), existing.id(), version, form.toDraft());
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("title", title, "body", body), title);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "goalId" -> goal;
                case "milestoneId" -> milestone;
                case "title" -> title;
                default -> body;
            };
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            FeedbackItemView current = e.current();
            var theirs = FeedbackForm.of(current, page.goals(), page.milestones());
            var rows = new Differences(this)
                    .field("feedback.form.kind", getTranslation("feedback.kind." + form.kind().name()),
                            getTranslation("feedback.kind." + theirs.kind().name()))
                    .field("feedback.form.title", form.title(), theirs.title())
                    .field("feedback.form.body", form.body(), theirs.body())
                    .field("feedback.form.goal", form.goal() == null ? "" : form.goal().title(),
                            theirs.goal() == null ? "" : theirs.goal().title())
                    .field("feedback.form.milestone", form.milestone() == null ? "" : form.milestone().title(),
                            theirs.milestone() == null ? "" : theirs.milestone().title());
            new ConflictDialog(rows.list(), () -> save(current.version()), () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }
}
