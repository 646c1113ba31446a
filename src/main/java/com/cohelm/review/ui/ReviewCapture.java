package com.cohelm.review.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewMeetingService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What attendees capture under the current agenda item: a note for the minutes, a decision with who agreed on
 * each side, an action item for the plan. Made once per page: its fields keep what is being typed while the
 * rest of the page follows other people's changes.
 */
class ReviewCapture extends Div {

    private final ReviewMeetingService meetingService;
    private final Supplier<Long> currentItemId;
    private final Runnable refresh;
    private final TextArea note = new TextArea();
    private final TextField decisionText = new TextField();
    private final ComboBox<PersonSummary> supplierAgreed = new ComboBox<>();
    private final ComboBox<PersonSummary> customerAgreed = new ComboBox<>();
    private final Binder<DecisionForm> decisionBinder = new Binder<>(DecisionForm.class);
    private final TextField actionTitle = new TextField();
    private final ComboBox<PersonSummary> actionAssignee = new ComboBox<>();
    private final LocalizedDatePicker actionDue = new LocalizedDatePicker(null);
    private final Binder<ReviewActionForm> actionBinder = new Binder<>(ReviewActionForm.class);
    private long reviewId;
    private final TextLimit noteLimit;

    ReviewCapture(ReviewMeetingService meetingService, Supplier<Long> currentItemId, Runnable refresh) {
        this.meetingService = meetingService;
        this.currentItemId = currentItemId;
        this.refresh = refresh;
        addClassName("review-capture");
        var required = getTranslation("validation.required");
        note.setLabel(getTranslation("review.note"));
        note.setHelperText(getTranslation("review.note.help"));
        noteLimit = TextLimit.of(note, 20000);
        note.setWidthFull();
        var addNote = new Button(getTranslation("review.note.add"), e -> addNote());
        addNote.addClassName("add-note");

        decisionText.setLabel(getTranslation("review.decision"));
        TextLimit.of(decisionText, 2000);
        decisionText.setWidthFull();
        supplierAgreed.setLabel(getTranslation("review.decision.supplier"));
        customerAgreed.setLabel(getTranslation("review.decision.customer"));
        supplierAgreed.setItemLabelGenerator(PersonSummary::displayName);
        customerAgreed.setItemLabelGenerator(PersonSummary::displayName);
        decisionBinder.forField(decisionText).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(decisionText)).bind("text");
        decisionBinder.forField(supplierAgreed).asRequired(getTranslation("review.error.agreed-by")).bind("supplierAgreed");
        decisionBinder.forField(customerAgreed).asRequired(getTranslation("review.error.agreed-by")).bind("customerAgreed");
        decisionBinder.readRecord(DecisionForm.empty());
        var addDecision = new Button(getTranslation("review.decision.add"), e -> addDecision());
        addDecision.addClassName("add-decision");
        addDecision.addThemeVariants(ButtonVariant.PRIMARY);

        actionTitle.setLabel(getTranslation("review.action"));
        TextLimit.of(actionTitle, 200);
        actionAssignee.setLabel(getTranslation("review.action.assignee"));
        actionAssignee.setItemLabelGenerator(p -> p.displayName() + " · " + p.organizationName());
        actionDue.setLabel(getTranslation("review.action.due"));
        actionDue.setMinErrorKey("actions.error.due-in-past");
        actionBinder.forField(actionTitle).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(actionTitle)).bind("title");
        actionBinder.forField(actionAssignee).asRequired(getTranslation("actions.error.assignee")).bind("assignee");
        actionBinder.forField(actionDue).asRequired(required).bind("dueDate");
        actionBinder.readRecord(ReviewActionForm.empty());
        var addAction = new Button(getTranslation("review.action.add"), e -> addAction());
        addAction.addClassName("add-action");

        var noteForm = new Div(note, addNote);
        noteForm.addClassName("review-note-form");
        var decisionForm = new Div(decisionText, supplierAgreed, customerAgreed, addDecision);
        decisionForm.addClassName("review-decision-form");
        var actionForm = new Div(actionTitle, actionAssignee, actionDue, addAction);
        actionForm.addClassName("review-action-form");
        add(noteForm, decisionForm, actionForm);
    }

    /** Follows the review: who may agree and be assigned, keeping what the reader chose. */
    void show(ReviewDetails review, LocalDate today) {
        reviewId = review.id();
        offer(supplierAgreed, review.supplierPeople());
        offer(customerAgreed, review.customerPeople());
        offer(actionAssignee, Stream.concat(review.supplierPeople().stream(), review.customerPeople().stream()).toList());
        actionDue.setMin(today);
    }

    /**
     * The people a field offers, keeping the reader's choice: this runs again whenever anyone changes the
     * review, and someone else's note must not undo what the reader was choosing.
     */
    private static void offer(ComboBox<PersonSummary> field, List<PersonSummary> people) {
        var chosen = field.getValue();
        field.setItems(people);
        if (chosen != null) {
            people.stream().filter(person -> person.id() == chosen.id()).findFirst().ifPresent(field::setValue);
        }
    }

    private void addNote() {
        if (note.getValue().isBlank()) {
            note.setErrorMessage(getTranslation("validation.required"));
            note.setInvalid(true);
            return;
        }
        if (!noteLimit.within()) {
            return;
        }
        try {
            meetingService.addNote(reviewId, currentItemId.get(), note.getValue());
            note.clear();
            note.setInvalid(false);
        } catch (InvalidInputException e) {
            notifyError(e);
        } catch (ConstraintViolationException e) {
            // a client without the limit: said at the note, which keeps what was typed
            ServiceErrors.show(this, e, note);
            return;
        }
        refresh.run();
    }

    private void addDecision() {
        DecisionForm form;
        try {
            form = decisionBinder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            meetingService.recordDecision(reviewId, currentItemId.get(), form.toDraft());
            decisionBinder.readRecord(DecisionForm.empty());
            refresh.run();
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, java.util.Map.of("text", decisionText), decisionText);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "supplierAgreedById" -> supplierAgreed;
                case "customerAgreedById" -> customerAgreed;
                case "text" -> decisionText;
                default -> null;
            };
            showError(field, e);
        }
    }

    private void addAction() {
        ReviewActionForm form;
        try {
            form = actionBinder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            meetingService.addAction(reviewId, currentItemId.get(), form.toDraft());
            actionBinder.readRecord(ReviewActionForm.empty());
            refresh.run();
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, java.util.Map.of("title", actionTitle), actionTitle);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "assigneeId" -> actionAssignee;
                case "dueDate" -> actionDue;
                case "title" -> actionTitle;
                default -> null;
            };
            showError(field, e);
        }
    }

    private void showError(HasValidation field, InvalidInputException e) {
        if (field == null) {
            notifyError(e);
            return;
        }
        field.setErrorMessage(ServiceErrors.message(this, e));
        field.setInvalid(true);
    }

    private void notifyError(InvalidInputException e) {
        Notification.show(ServiceErrors.message(this, e)).addThemeVariants(NotificationVariant.ERROR);
    }
}
