package com.cohelm.action.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/**
 * Answers a question in place; the answer closes it. If someone changed the question meanwhile, the
 * reader sees it as it is now, keeps what they typed and sends again; if someone answered it first,
 * their answer stands.
 */
class AnswerDialog extends Dialog {

    private final ActionService actionService;
    private final SerializableConsumer<ActionItemView> onAnswered;
    private final Binder<AnswerForm> binder = new Binder<>(AnswerForm.class);
    private final TextArea answer;
    private final Paragraph asked = new Paragraph();
    private final Paragraph details = new Paragraph();
    private ActionItemView question;

    AnswerDialog(ActionService actionService, ActionItemView question, SerializableConsumer<ActionItemView> onAnswered) {
        this.actionService = actionService;
        this.onAnswered = onAnswered;
        addClassName("answer-dialog");
        setWidth("min(36rem, 100vw)");
        setCloseOnOutsideClick(false);
        answer = new TextArea(getTranslation("actions.answer.text"));
        TextLimit.of(answer, 4000);
        answer.setWidthFull();
        var required = getTranslation("validation.required");
        binder.forField(answer).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(answer)).bind("answer");
        add(details, asked, answer);
        show(question);

        var send = new Button(getTranslation("actions.answer.send"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        binder.readRecord(new AnswerForm(""));
    }

    private void show(ActionItemView current) {
        this.question = current;
        setHeaderTitle(getTranslation("actions.answer.title", current.title()));
        details.setText(current.details() == null ? "" : current.details());
        details.setVisible(current.details() != null);
        asked.setText(getTranslation("actions.asked-by", current.askedBy().displayName()));
    }

    private void send() {
        AnswerForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var answered = actionService.answer(question.programId(), question.id(), question.version(), form.answer());
            close();
            Notification.show(getTranslation("actions.answered"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onAnswered.accept(answered);
        } catch (InvalidInputException | ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of(), answer);
        } catch (ConcurrentEditException conflict) {
            ActionItemView current = conflict.current();
            Notification.show(getTranslation("actions.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            if (current.mayAnswer()) {
                show(current);
            } else {
                close();
                onAnswered.accept(current);
            }
        }
    }
}
