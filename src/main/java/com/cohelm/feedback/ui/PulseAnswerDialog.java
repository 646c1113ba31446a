package com.cohelm.feedback.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.PulseService;
import com.cohelm.feedback.PulseQuestion;
import com.cohelm.feedback.PulseView;
import com.cohelm.security.Side;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Answers a pulse, or changes one's answers while it is open: the questions of the reader's side (the
 * customer rates the supplier, the supplier rates the collaboration), for customers also how likely they
 * are to recommend the supplier, a comment, and for the supplier whether the answers stay internal.
 */
class PulseAnswerDialog extends Dialog {

    private final PulseService pulseService;
    private final long programId;
    private final PulseView pulse;
    private final SerializableConsumer<PulseView> onSaved;
    private final Binder<PulseForm> binder = new Binder<>(PulseForm.class);
    private final Map<PulseQuestion, RadioButtonGroup<Integer>> questions = new EnumMap<>(PulseQuestion.class);
    private final RadioButtonGroup<Integer> recommend = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final Checkbox internal = new Checkbox();

    PulseAnswerDialog(PulseService pulseService, FeedbackPage page, PulseView pulse,
            SerializableConsumer<PulseView> onSaved) {
        this.pulseService = pulseService;
        this.programId = page.programId();
        this.pulse = pulse;
        this.onSaved = onSaved;
        addClassName("pulse-answer-dialog");
        setHeaderTitle(getTranslation("feedback.pulse.answer.title", Formats.period(pulse.title(), getLocale())));
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        var side = page.side();
        var intro = new Paragraph(getTranslation(side == Side.CUSTOMER ? "feedback.pulse.answer.intro.customer"
                : "feedback.pulse.answer.intro.supplier", page.supplierName(), page.customerName()));
        var fields = new VerticalLayout(intro);
        fields.setPadding(false);
        var required = getTranslation("feedback.error.score");
        for (var question : PulseQuestion.of(side)) {
            var group = scale(getTranslation("feedback.question." + question.name(), page.nameOf(side.other())),
                    PulseQuestion.MIN, PulseQuestion.MAX);
            group.addClassName("pulse-question");
            questions.put(question, group);
            binder.forField(group).asRequired(required).bind(PulseForm.property(question));
            fields.add(group);
        }
        // The other side's questions are never shown, but a record binder writes every component of the record.
        for (var question : PulseQuestion.of(side.other())) {
            var hidden = new RadioButtonGroup<Integer>();
            hidden.setVisible(false);
            binder.forField(hidden).bind(PulseForm.property(question));
        }
        if (side == Side.CUSTOMER) {
            var label = getTranslation("feedback.question.RECOMMEND", page.supplierName());
            recommend.setLabel(label);
            recommend.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
            recommend.setHelperText(getTranslation("feedback.question.RECOMMEND.help"));
            binder.forField(recommend).asRequired(getTranslation("feedback.error.recommend")).bind("recommend");
            fields.add(recommend);
        } else {
            binder.forField(recommend).bind("recommend");
        }
        comment.setLabel(getTranslation("feedback.pulse.answer.comment"));
        TextLimit.of(comment, 2000);
        comment.setWidthFull();
        binder.forField(comment)
                .withValidator(TextLimit.validatorOf(comment)).bind("comment");
        fields.add(comment);
        internal.setLabel(getTranslation("feedback.pulse.answer.internal", page.customerName()));
        internal.setVisible(side == Side.SUPPLIER);
        binder.forField(internal).bind("internal");
        fields.add(internal);
        var blind = new Paragraph(getTranslation("feedback.pulse.answer.blind"));
        blind.addClassName("form-note");
        fields.add(blind);
        add(fields);

        var send = new Button(getTranslation(pulse.mine() == null ? "feedback.pulse.answer.send"
                : "feedback.pulse.answer.update"), e -> send(pulse.mine() == null ? null : pulse.mine().version()));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        binder.readRecord(pulse.mine() == null ? PulseForm.empty() : PulseForm.of(pulse.mine()));
    }

    private static RadioButtonGroup<Integer> scale(String label, int from, int to) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(IntStream.rangeClosed(from, to).boxed().toList());
        return group;
    }

    private void send(Long version) {
        PulseForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = pulseService.answer(programId, pulse.id(), version, form.toDraft());
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("comment", comment), comment);
        } catch (InvalidInputException e) {
            HasValidation field = e.field().equals("recommend") ? recommend
                    : List.of(PulseQuestion.values()).stream().filter(q -> q.name().equals(e.field())).findFirst()
                            .map(q -> (HasValidation) questions.getOrDefault(q, recommend)).orElse(comment);
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            // Saved meanwhile from another window: show those answers; what was chosen here is sent again on Save.
            PulseView current = e.current();
            Notification.show(getTranslation("feedback.pulse.answer.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            onSaved.accept(current);
            close();
        }
    }
}
