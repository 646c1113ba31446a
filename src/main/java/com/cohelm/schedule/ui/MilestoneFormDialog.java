package com.cohelm.schedule.ui;

import jakarta.validation.ConstraintViolationException;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.DateRange;
import com.cohelm.account.PersonSummary;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog.Difference;
import com.cohelm.base.ui.ConflictDialog.Differences;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Forms;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.goal.GoalRef;
import com.cohelm.schedule.MilestoneCandidates;
import com.cohelm.schedule.MilestoneDetails;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.SlipService;
import com.cohelm.schedule.SlipReport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creates or edits a milestone. An edit moves the planned date only as far as it is no slip (up to the
 * later of the baseline and the current plan); a later date is a slip, recorded with "Record a slip"
 * (decision 0023), which the field says and this dialog offers with the date already typed.
 */
class MilestoneFormDialog extends Dialog {

    private final MilestoneService milestoneService;
    private final SlipService slipService;
    private final long programId;
    private final MilestoneDetails existing;
    private final SerializableConsumer<MilestoneDetails> onSaved;
    private final Binder<MilestoneDraft> binder = new Binder<>(MilestoneDraft.class);
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<OwnerSide> ownerSide = new RadioButtonGroup<>();
    private final ComboBox<PersonSummary> owner = new ComboBox<>();
    private final LocalizedDatePicker baselineDate = new LocalizedDatePicker(null);
    private final LocalizedDatePicker plannedDate = new LocalizedDatePicker(null);
    private static final String DATE_RANGE = "schedule.error.date-range";
    private final DateRange dates;
    private final MultiSelectComboBox<MilestoneRef> dependsOn = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<GoalRef> goals = new MultiSelectComboBox<>();
    private final Button recordSlip = new Button();
    private final MilestoneCandidates candidates;
    private final Map<Long, PersonSummary> people;
    private final Map<Long, MilestoneRef> milestones;
    private final Map<Long, GoalRef> goalsById;

    /** @param existing the milestone to edit, or null for a new one */
    MilestoneFormDialog(MilestoneService milestoneService, SlipService slipService, long programId,
            MilestoneDetails existing, SerializableConsumer<MilestoneDetails> onSaved) {
        this.milestoneService = milestoneService;
        this.slipService = slipService;
        this.programId = programId;
        this.existing = existing;
        this.onSaved = onSaved;
        addClassName("milestone-form");
        setHeaderTitle(getTranslation(existing == null ? "milestone.form.new" : "milestone.form.edit"));
        setWidth("min(56rem, 100vw)");
        setCloseOnOutsideClick(false);

        candidates = milestoneService.candidates(programId, existing == null ? null : existing.row().id());
        people = Stream.concat(candidates.supplierPeople().stream(), candidates.customerPeople().stream())
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
        milestones = candidates.milestones().stream().collect(Collectors.toMap(MilestoneRef::id, Function.identity()));
        goalsById = candidates.goals().stream().collect(Collectors.toMap(GoalRef::id, Function.identity()));

        title.setLabel(getTranslation("milestone.title"));
        TextLimit.of(title, 200);
        description.setLabel(getTranslation("milestone.description"));
        TextLimit.of(description, 4000);
        ownerSide.setLabel(getTranslation("milestone.owner-side"));
        ownerSide.setItems(OwnerSide.values());
        ownerSide.setItemLabelGenerator(side -> getTranslation("milestone.owner-side." + side.name()));
        ownerSide.addValueChangeListener(e -> offerOwners(e.getValue()));
        owner.setLabel(getTranslation("milestone.owner"));
        owner.setItemLabelGenerator(p -> p.displayName() + " · " + p.organizationName());
        baselineDate.setLabel(getTranslation("milestone.baseline"));
        plannedDate.setLabel(getTranslation("milestone.planned"));
        // within a year of the program's dates; the days the milestone has already stay valid (decision 0033)
        var allowed = existing == null ? milestoneService.datesAllowed(programId) : existing.allowedDates();
        dates = existing == null ? allowed
                : allowed.including(existing.row().baselineDate(), existing.row().plannedDate());
        baselineDate.setRange(dates, DATE_RANGE);
        plannedDate.setRange(dates, DATE_RANGE);
        if (existing != null) {
            baselineDate.setReadOnly(true);
            baselineDate.setHelperText(getTranslation("milestone.baseline.help"));
        } else {
            baselineDate.addValueChangeListener(e -> {
                if (plannedDate.isEmpty()) {
                    plannedDate.setValue(e.getValue());
                }
            });
        }
        dependsOn.setLabel(getTranslation("milestone.depends-on"));
        dependsOn.setItems(candidates.milestones());
        dependsOn.setItemLabelGenerator(m -> m.title() + " (" + Formats.date(m.plannedDate(), getLocale()) + ")");
        goals.setLabel(getTranslation("milestone.goals"));
        goals.setItems(candidates.goals());
        goals.setItemLabelGenerator(GoalRef::title);

        if (existing != null) {
            var latest = lastDateWithoutSlip();
            plannedDate.setHelperText(getTranslation("milestone.planned.help",
                    Formats.date(latest, getLocale())));
            // A later date is a slip: this button takes what was typed into the slip dialog.
            recordSlip.setText(getTranslation("slip.record"));
            recordSlip.addThemeVariants(ButtonVariant.TERTIARY);
            recordSlip.addClassName("record-slip");
            recordSlip.setVisible(false);
            recordSlip.addClickListener(e -> {
                close();
                new SlipDialog(slipService, existing, plannedDate.getValue(), onSaved).open();
            });
            plannedDate.addValueChangeListener(e -> recordSlip.setVisible(isSlip()));
        }
        bind();

        var form = Forms.twoColumns();
        form.addFormRow(title);
        form.setColspan(title, 2);
        form.addFormRow(description);
        form.setColspan(description, 2);
        form.addFormRow(ownerSide, owner);
        form.addFormRow(baselineDate, plannedDate);
        form.addFormRow(dependsOn, goals);
        add(form, recordSlip);

        var save = new Button(getTranslation("action.save"), e -> save(existing == null ? 0 : existing.row().version()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        var draft = existing == null ? new MilestoneDraft("", "", OwnerSide.SUPPLIER, null, null, null, Set.of(),
                Set.of(), null) : existing.toDraft();
        offerOwners(draft.ownerSide());
        binder.readRecord(draft);
    }

    private void bind() {
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(title)).bind("title");
        binder.forField(description).withValidator(TextLimit.validatorOf(description)).bind("description");
        binder.forField(ownerSide).asRequired(required).bind("ownerSide");
        binder.forField(owner).asRequired(getTranslation("milestone.error.owner-required"))
                .withConverter(PersonSummary::id, id -> id == null ? null : people.get(id)).bind("ownerId");
        binder.forField(baselineDate).asRequired(required)
                .withValidator(dates::contains, baselineDate.rangeMessage(dates, DATE_RANGE)).bind("baselineDate");
        binder.forField(plannedDate).asRequired(required)
                .withValidator(dates::contains, plannedDate.rangeMessage(dates, DATE_RANGE))
                .withValidator(date -> existing != null || baselineDate.isEmpty() || !date.isAfter(baselineDate.getValue()),
                        getTranslation("schedule.error.new-planned-after-baseline"))
                .withValidator(date -> existing == null || !date.isAfter(lastDateWithoutSlip()),
                        existing == null ? "" : getTranslation("milestone.planned.is-slip",
                                Formats.date(lastDateWithoutSlip(), getLocale())))
                .bind("plannedDate");
        binder.forField(dependsOn).withConverter(
                        refs -> refs.stream().map(MilestoneRef::id).collect(Collectors.toSet()),
                        ids -> ids.stream().map(milestones::get).filter(Objects::nonNull).collect(Collectors.toSet()))
                .bind("dependsOn");
        binder.forField(goals).withConverter(
                        refs -> refs.stream().map(GoalRef::id).collect(Collectors.toSet()),
                        ids -> ids.stream().map(goalsById::get).filter(Objects::nonNull).collect(Collectors.toSet()))
                .bind("goalIds");
        // writeRecord needs a binding for every record component; the slip report is added in save().
        binder.forField(new ReadOnlyHasValue<SlipReport>(report -> { })).bind("slip");
    }

    private void offerOwners(OwnerSide side) {
        var current = owner.getValue();
        List<PersonSummary> choices = side == null || side == OwnerSide.JOINT
                ? Stream.concat(candidates.supplierPeople().stream(), candidates.customerPeople().stream()).toList()
                : side == OwnerSide.SUPPLIER ? candidates.supplierPeople() : candidates.customerPeople();
        owner.setItems(choices);
        if (current != null && choices.contains(current)) {
            owner.setValue(current);
        }
    }

    /** Whether the date in the form is a slip: the same rule the service applies. */
    private boolean isSlip() {
        if (existing == null || plannedDate.isEmpty()) {
            return false;
        }
        return SlipReport.isRequired(existing.row().baselineDate(), existing.row().plannedDate(),
                plannedDate.getValue());
    }

    /** The latest planned date an edit may set: later than both the baseline and the plan is a slip. */
    private java.time.LocalDate lastDateWithoutSlip() {
        var row = existing.row();
        return row.baselineDate().isAfter(row.plannedDate()) ? row.baselineDate() : row.plannedDate();
    }

    private void save(long version) {
        MilestoneDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = existing == null ? milestoneService.create(programId, draft)
                    : milestoneService.update(programId, existing.row().id(), version, draft);
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "ownerId" -> owner;
                case "plannedDate" -> plannedDate;
                case "baselineDate" -> baselineDate;
                case "dependsOn" -> dependsOn;
                case "goalIds" -> goals;
                case "slip" -> plannedDate;
                case "ownerSide" -> ownerSide;
                default -> title;
            };
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("title", title, "description", description), title);
        } catch (ConcurrentEditException e) {
            MilestoneDetails current = e.current();
            var mine = draft;
            new ConflictDialog(differences(mine, current.toDraft()), () -> save(current.row().version()), () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }

    private List<Difference> differences(MilestoneDraft yours, MilestoneDraft theirs) {
        var rows = new Differences(this);
        rows.field("milestone.title", yours.title(), theirs.title());
        rows.field("milestone.description", yours.description(), theirs.description());
        rows.field("milestone.owner-side", getTranslation("milestone.owner-side." + yours.ownerSide().name()),
                getTranslation("milestone.owner-side." + theirs.ownerSide().name()));
        rows.field("milestone.owner", name(yours.ownerId()), name(theirs.ownerId()));
        rows.field("milestone.planned", Formats.date(yours.plannedDate(), getLocale()),
                Formats.date(theirs.plannedDate(), getLocale()));
        rows.field("milestone.depends-on", titles(yours.dependsOn()), titles(theirs.dependsOn()));
        rows.field("milestone.goals", goalTitles(yours.goalIds()), goalTitles(theirs.goalIds()));
        return rows.list();
    }


    private String name(Long id) {
        var person = id == null ? null : people.get(id);
        return person == null ? "" : person.displayName();
    }

    private String titles(Set<Long> ids) {
        return ids.stream().map(milestones::get).filter(Objects::nonNull).map(MilestoneRef::title).sorted()
                .collect(Collectors.joining(", "));
    }

    private String goalTitles(Set<Long> ids) {
        return ids.stream().map(goalsById::get).filter(Objects::nonNull).map(GoalRef::title).sorted()
                .collect(Collectors.joining(", "));
    }
}
