package com.cohelm.feedback.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.ConflictDialog.Differences;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.feedback.FeedbackStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Map;

/**
 * The addressed side answers feedback: acknowledges it, plans action, resolves it saying what it learned,
 * or declines it saying why. The status only moves forward.
 */
class RespondDialog extends Dialog {

    private final FeedbackService feedbackService;
    private final FeedbackItemView item;
    private final SerializableConsumer<FeedbackItemView> onSaved;
    private final Binder<ResponseForm> binder = new Binder<>(ResponseForm.class);
    private final Select<FeedbackStatus> status = new Select<>();
    private final TextArea response = new TextArea();
    private final TextArea declineReason = new TextArea();
    private final TextArea learned = new TextArea();

    RespondDialog(FeedbackService feedbackService, FeedbackItemView item,
            SerializableConsumer<FeedbackItemView> onSaved) {
        this.feedbackService = feedbackService;
        this.item = item;
        this.onSaved = onSaved;
        addClassName("respond-dialog");
        setHeaderTitle(getTranslation("feedback.respond.title", item.title()));
        setWidth("min(40rem, 100vw)");
        setCloseOnOutsideClick(false);
        var said = new Paragraph(item.body());
        said.addClassName("feedback-body");

        var statuses = new ArrayList<FeedbackStatus>();
        if (item.status() != FeedbackStatus.OPEN) {
            statuses.add(item.status());
        }
        statuses.addAll(item.status().next());
        status.setLabel(getTranslation("feedback.respond.status"));
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> getTranslation("feedback.status." + s.name()));
        response.setLabel(getTranslation("feedback.respond.response"));
        TextLimit.of(response, 4000);
        declineReason.setLabel(getTranslation("feedback.respond.decline-reason"));
        TextLimit.of(declineReason, 2000);
        learned.setLabel(getTranslation("feedback.respond.learned"));
        TextLimit.of(learned, 4000);
        for (var area : new TextArea[] {response, declineReason, learned}) {
            area.setWidthFull();
        }
        status.addValueChangeListener(e -> showFields(e.getValue()));
        var required = getTranslation("validation.required");
        binder.forField(status).asRequired(required).bind("status");
        binder.forField(response)
                .withValidator(TextLimit.validatorOf(response)).bind("response");
        binder.forField(declineReason)
                .withValidator(v -> status.getValue() != FeedbackStatus.DECLINED || !v.isBlank(),
                        getTranslation("feedback.error.decline-reason"))
                .withValidator(TextLimit.validatorOf(declineReason)).bind("declineReason");
        binder.forField(learned)
                .withValidator(v -> status.getValue() != FeedbackStatus.RESOLVED || !v.isBlank(),
                        getTranslation("feedback.error.learned"))
                .withValidator(TextLimit.validatorOf(learned)).bind("learned");
        var fields = new VerticalLayout(said, status, response, declineReason, learned);
        fields.setPadding(false);
        add(fields);

        var save = new Button(getTranslation("feedback.respond.save"), e -> save(item.version()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        binder.readRecord(ResponseForm.of(item));
        showFields(status.getValue());
    }

    private void showFields(FeedbackStatus value) {
        declineReason.setVisible(value == FeedbackStatus.DECLINED);
        learned.setVisible(value == FeedbackStatus.RESOLVED);
    }

    private void save(long version) {
        ResponseForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = feedbackService.respond(item.programId(), item.id(), version, form.toDraft());
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("response", response, "declineReason", declineReason, "learned", learned), response);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "declineReason" -> declineReason;
                case "learned" -> learned;
                case "response" -> response;
                default -> status;
            };
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            FeedbackItemView current = e.current();
            var theirs = ResponseForm.of(current);
            var rows = new Differences(this)
                    .field("feedback.respond.status", getTranslation("feedback.status." + form.status().name()),
                            getTranslation("feedback.status." + current.status().name()))
                    .field("feedback.respond.response", form.response(), theirs.response())
                    .field("feedback.respond.decline-reason", form.declineReason(), theirs.declineReason())
                    .field("feedback.respond.learned", form.learned(), theirs.learned())
                    .field("feedback.form.body", item.body(), current.body());
            new ConflictDialog(rows.list(), () -> save(current.version()), () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }
}
