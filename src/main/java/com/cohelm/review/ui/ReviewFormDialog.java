package com.cohelm.review.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.ConflictDialog.Differences;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Forms;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewService;
import com.cohelm.security.CurrentUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Schedules a review, or changes its title, time and attendees. */
class ReviewFormDialog extends Dialog {

    private final ReviewService reviewService;
    private final long programId;
    private final ReviewDetails existing;
    private final CurrentUser user;
    private final SerializableConsumer<ReviewDetails> onSaved;
    private final Binder<ReviewForm> binder = new Binder<>(ReviewForm.class);

    private final TextField title = new TextField();
    private final LocalizedDatePicker date = new LocalizedDatePicker(null);
    private final DateRange dates;
    private final TimePicker time = new TimePicker();
    private final IntegerField duration = new IntegerField();
    private final TextField location = new TextField();
    private final MultiSelectComboBox<PersonSummary> attendees = new MultiSelectComboBox<>();

    /**
     * @param today    today where the user is, by the application's clock
     * @param existing the review to change, or null to schedule one
     */
    ReviewFormDialog(ReviewService reviewService, long programId, List<PersonSummary> supplierPeople,
            List<PersonSummary> customerPeople, CurrentUser user, LocalDate today, ReviewDetails existing,
            SerializableConsumer<ReviewDetails> onSaved) {
        this.reviewService = reviewService;
        this.programId = programId;
        this.existing = existing;
        this.user = user;
        this.onSaved = onSaved;
        addClassName("review-form");
        setHeaderTitle(getTranslation(existing == null ? "review.form.new" : "review.form.edit"));
        setWidth("min(40rem, 100vw)");
        setCloseOnOutsideClick(false);

        title.setLabel(getTranslation("review.form.title"));
        TextLimit.of(title, 200);
        date.setLabel(getTranslation("review.form.date"));
        // within a year of the program's dates; the day the review has already stays valid (decision 0033)
        var allowed = reviewService.datesAllowed(programId);
        dates = existing == null ? allowed
                : allowed.including(LocalDate.ofInstant(existing.startsAt(), user.timeZone()));
        date.setRange(dates, "review.error.date-range");
        time.setLabel(getTranslation("review.form.time"));
        time.setLocale(getLocale());
        time.setStep(java.time.Duration.ofMinutes(15));
        time.setHelperText(getTranslation("review.form.time-zone", user.timeZone().getId()));
        duration.setLabel(getTranslation("review.form.duration"));
        duration.setMin(5);
        duration.setMax(720);
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        location.setLabel(getTranslation("review.form.location"));
        TextLimit.of(location, 500);
        attendees.setLabel(getTranslation("review.form.attendees"));
        attendees.setHelperText(getTranslation("review.form.attendees.help"));
        attendees.setItems(Stream.concat(supplierPeople.stream(), customerPeople.stream())
                .sorted(Comparator.comparing(PersonSummary::side).thenComparing(PersonSummary::displayName)).toList());
        attendees.setItemLabelGenerator(p -> p.displayName() + " · " + p.organizationName());
        bind();

        var form = Forms.twoColumns();
        form.addFormRow(title);
        form.setColspan(title, 2);
        form.addFormRow(date, time);
        form.addFormRow(duration, location);
        form.addFormRow(attendees);
        form.setColspan(attendees, 2);
        add(form);

        var save = new Button(getTranslation(existing == null ? "review.form.schedule" : "action.save"),
                e -> save(existing == null ? 0 : existing.version()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        binder.readRecord(existing == null ? ReviewForm.empty(today.plusDays(7))
                : ReviewForm.of(existing, user.timeZone()));
    }

    private void bind() {
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(title)).bind("title");
        binder.forField(date).asRequired(required)
                .withValidator(dates::contains, date.rangeMessage(dates, "review.error.date-range"))
                .bind("date");
        binder.forField(time).asRequired(required).bind("time");
        binder.forField(duration).asRequired(required)
                .withValidator(v -> v >= 5 && v <= 720, getTranslation("review.error.duration"))
                .bind("durationMinutes");
        binder.forField(location)
                .withValidator(TextLimit.validatorOf(location)).bind("location");
        binder.forField(attendees)
                .withValidator(v -> v.stream().map(PersonSummary::side).distinct().count() == 2,
                        getTranslation("review.error.both-sides"))
                .bind("attendees");
    }

    private void save(long version) {
        ReviewForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = existing == null ? reviewService.schedule(programId, form.toDraft(user.timeZone()))
                    : reviewService.update(existing.id(), version, form.toDraft(user.timeZone()));
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("title", title, "location", location), title);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "attendeeIds" -> attendees;
                case "startsAt" -> date;
                case "durationMinutes" -> duration;
                default -> title;
            };
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            ReviewDetails current = e.current();
            var theirs = ReviewForm.of(current, user.timeZone());
            var rows = new Differences(this);
            rows.field("review.form.title", form.title(), theirs.title());
            rows.field("review.form.date", Formats.dateTime(form.toDraft(user.timeZone()).startsAt(), getLocale(),
                    user.timeZone()), Formats.dateTime(current.startsAt(), getLocale(), user.timeZone()));
            rows.field("review.form.duration", String.valueOf(form.durationMinutes()),
                    String.valueOf(theirs.durationMinutes()));
            rows.field("review.form.location", form.location(), theirs.location());
            rows.field("review.form.attendees", names(form), names(theirs));
            new ConflictDialog(rows.list(), () -> save(current.version()), () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }

    private static String names(ReviewForm form) {
        return form.attendees().stream().map(PersonSummary::displayName).sorted().collect(Collectors.joining(", "));
    }
}
