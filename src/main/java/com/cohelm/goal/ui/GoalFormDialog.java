package com.cohelm.goal.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.ConflictDialog.Difference;
import com.cohelm.base.ui.ConflictDialog.Differences;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Forms;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.goal.GoalDetails;
import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creates or edits a joint goal: what it is for, the KPI from baseline to target by a date, and one
 * owner on each side, chosen among the program's members.
 */
class GoalFormDialog extends Dialog {

    private final GoalService goalService;
    private final long programId;
    private final GoalDetails existing;
    private final SerializableConsumer<GoalDetails> onSaved;
    private final Binder<GoalDraft> binder = new Binder<>(GoalDraft.class);
    private final TextField title = new TextField();
    private final TextArea whyItMatters = new TextArea();
    private final TextField metric = new TextField();
    private final TextField unit = new TextField();
    private final BigDecimalField baseline = new BigDecimalField();
    private final BigDecimalField target = new BigDecimalField();
    private final Select<KpiDirection> direction = new Select<>();
    private final LocalizedDatePicker targetDate = new LocalizedDatePicker(null);
    private final ComboBox<PersonSummary> supplierOwner = new ComboBox<>();
    private final ComboBox<PersonSummary> customerOwner = new ComboBox<>();
    private final Map<Long, PersonSummary> people;

    /** @param existing the goal to edit, or null for a new one */
    GoalFormDialog(GoalService goalService, long programId, GoalDetails existing,
            SerializableConsumer<GoalDetails> onSaved) {
        this.goalService = goalService;
        this.programId = programId;
        this.existing = existing;
        this.onSaved = onSaved;
        addClassName("goal-form");
        setHeaderTitle(getTranslation(existing == null ? "goal.form.new" : "goal.form.edit"));
        setWidth("min(52rem, 100vw)");
        setCloseOnOutsideClick(false);

        var candidates = goalService.candidates(programId);
        people = Stream.concat(candidates.supplierMembers().stream(), candidates.customerMembers().stream())
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
        title.setLabel(getTranslation("goal.title"));
        TextLimit.of(title, 200);
        whyItMatters.setLabel(getTranslation("goal.why"));
        TextLimit.of(whyItMatters, 4000);
        metric.setLabel(getTranslation("goal.metric"));
        TextLimit.of(metric, 120);
        unit.setLabel(getTranslation("goal.unit"));
        TextLimit.of(unit, 40);
        baseline.setLabel(getTranslation("goal.baseline"));
        target.setLabel(getTranslation("goal.target"));
        direction.setLabel(getTranslation("goal.direction"));
        direction.setItems(KpiDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("goal.direction." + d.name()));
        targetDate.setLabel(getTranslation("goal.target-date"));
        targetDate.setMin(candidates.programStart());
        targetDate.setMax(candidates.programTargetEnd());
        targetDate.setMinErrorKey("goal.error.target-date-outside-program");
        targetDate.setMaxErrorKey("goal.error.target-date-outside-program");
        targetDate.setHelperText(getTranslation("goal.target-date.help",
                Formats.date(candidates.programStart(), getLocale()),
                Formats.date(candidates.programTargetEnd(), getLocale())));
        supplierOwner.setLabel(getTranslation("goal.supplier-owner"));
        supplierOwner.setItems(candidates.supplierMembers());
        customerOwner.setLabel(getTranslation("goal.customer-owner"));
        customerOwner.setItems(candidates.customerMembers());
        for (var owner : List.of(supplierOwner, customerOwner)) {
            owner.setItemLabelGenerator(PersonSummary::displayName);
        }
        bind();

        var form = Forms.twoColumns();
        form.addFormRow(title);
        form.setColspan(title, 2);
        form.addFormRow(whyItMatters);
        form.setColspan(whyItMatters, 2);
        form.addFormRow(metric, unit);
        form.addFormRow(baseline, target);
        form.addFormRow(direction, targetDate);
        form.addFormRow(supplierOwner, customerOwner);
        add(form);

        var save = new Button(getTranslation("action.save"), e -> save(existing == null ? 0 : existing.version()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        binder.readRecord(existing == null ? GoalDraft.empty() : existing.toDraft());
    }

    private void bind() {
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(title)).bind("title");
        binder.forField(whyItMatters).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(whyItMatters)).bind("whyItMatters");
        binder.forField(metric).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(metric)).bind("metric");
        binder.forField(unit).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(unit)).bind("unit");
        // at most a million million either way, unless the goal has that value already (decision 0033)
        var kpi = existing == null ? null : existing.summary().kpi();
        binder.forField(baseline).asRequired(getTranslation("goal.error.number"))
                .withValidator(v -> Bounds.withinKpiLimit(v) || kpi != null && v.compareTo(kpi.baseline()) == 0,
                        getTranslation("goal.error.value-range"))
                .withValidator(GoalText::storable, getTranslation("goal.error.number-range")).bind("baseline");
        binder.forField(target).asRequired(getTranslation("goal.error.number"))
                .withValidator(v -> Bounds.withinKpiLimit(v) || kpi != null && v.compareTo(kpi.target()) == 0,
                        getTranslation("goal.error.value-range"))
                .withValidator(GoalText::storable, getTranslation("goal.error.number-range"))
                .withValidator(v -> baseline.getValue() == null || v.compareTo(baseline.getValue()) != 0,
                        getTranslation("goal.error.target-equals-baseline"))
                .bind("target");
        binder.forField(direction).asRequired(required).bind("direction");
        binder.forField(targetDate).asRequired(required).bind("targetDate");
        binder.forField(supplierOwner).asRequired(getTranslation("goal.error.owner-required"))
                .withConverter(personId()).bind("supplierOwnerId");
        binder.forField(customerOwner).asRequired(getTranslation("goal.error.owner-required"))
                .withConverter(personId()).bind("customerOwnerId");
    }

    private Converter<PersonSummary, Long> personId() {
        return Converter.from(person -> Result.ok(person.id()), id -> id == null ? null : people.get(id));
    }

    private void save(long version) {
        GoalDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = existing == null ? goalService.create(programId, draft)
                    : goalService.update(programId, existing.summary().id(), version, draft);
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "baseline" -> baseline;
                case "target" -> target;
                case "targetDate" -> targetDate;
                case "supplierOwnerId" -> supplierOwner;
                case "customerOwnerId" -> customerOwner;
                default -> title;
            };
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("title", title, "whyItMatters", whyItMatters, "metric", metric,
                    "unit", unit, "baseline", baseline, "target", target), title);
        } catch (ConcurrentEditException e) {
            GoalDetails current = e.current();
            new ConflictDialog(differences(draft, current.toDraft()), () -> save(current.version()), () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }

    private List<Difference> differences(GoalDraft yours, GoalDraft theirs) {
        var rows = new Differences(this);
        rows.field("goal.title", yours.title(), theirs.title());
        rows.field("goal.why", yours.whyItMatters(), theirs.whyItMatters());
        rows.field("goal.metric", yours.metric(), theirs.metric());
        rows.field("goal.unit", yours.unit(), theirs.unit());
        rows.field("goal.baseline", plain(yours.baseline()), plain(theirs.baseline()));
        rows.field("goal.target", plain(yours.target()), plain(theirs.target()));
        rows.field("goal.direction", yours.direction().name(), theirs.direction().name());
        rows.field("goal.target-date", Formats.date(yours.targetDate(), getLocale()),
                Formats.date(theirs.targetDate(), getLocale()));
        rows.field("goal.supplier-owner", name(yours.supplierOwnerId()), name(theirs.supplierOwnerId()));
        rows.field("goal.customer-owner", name(yours.customerOwnerId()), name(theirs.customerOwnerId()));
        return rows.list();
    }


    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private String name(Long id) {
        var person = id == null ? null : people.get(id);
        return person == null ? "" : person.displayName();
    }
}
