package com.cohelm.program.ui;

import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PersonSummary;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.program.ProgramCandidates;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramStatus;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableConsumer;
import jakarta.validation.ConstraintViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creates a program (supplier admins) or edits one (supplier admins and the program's leads): what
 * both sides agreed, the dates, one lead on each side and the members of both sides.
 */
class ProgramFormDialog extends Dialog {

    private final ProgramEditService editService;
    private final ProgramDetails existing;
    private final SerializableConsumer<ProgramDetails> onSaved;
    private final Binder<ProgramDraft> binder = new Binder<>(ProgramDraft.class);

    private final ComboBox<OrganizationSummary> customer = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextArea successDefinition = new TextArea();
    private final LocalizedDatePicker startDate = new LocalizedDatePicker(null);
    private final LocalizedDatePicker targetEndDate = new LocalizedDatePicker(null);
    private final Select<ProgramStatus> status = new Select<>();
    private final ComboBox<PersonSummary> supplierLead = new ComboBox<>();
    private final ComboBox<PersonSummary> customerLead = new ComboBox<>();
    private final MultiSelectComboBox<PersonSummary> supplierMembers = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PersonSummary> customerMembers = new MultiSelectComboBox<>();
    private Map<Long, OrganizationSummary> customersById = Map.of();
    private Map<Long, PersonSummary> peopleById = Map.of();
    /** The days a program may start and end on, widened to the dates it already has (decision 0033). */
    private final DateRange datesAllowed;

    /** @param existing the program to edit, or null to create one */
    ProgramFormDialog(ProgramEditService editService, ProgramDetails existing,
            SerializableConsumer<ProgramDetails> onSaved) {
        this.editService = editService;
        this.existing = existing;
        this.onSaved = onSaved;
        this.datesAllowed = existing == null ? editService.datesAllowed()
                : editService.datesAllowed().including(existing.startDate(), existing.targetEndDate());
        addClassName("program-form");
        setHeaderTitle(getTranslation(existing == null ? "program.form.new" : "program.form.edit"));
        setWidth("min(56rem, 100vw)");
        setCloseOnOutsideClick(false);

        configureFields();
        bindFields();

        var form = new FormLayout();
        form.setAutoResponsive(true);
        form.setMaxColumns(2);
        form.setColumnWidth("16rem");
        form.setExpandColumns(true);
        form.setExpandFields(true);
        form.addFormRow(customer);
        form.setColspan(customer, 2);
        form.addFormRow(name);
        form.setColspan(name, 2);
        form.addFormRow(successDefinition);
        form.setColspan(successDefinition, 2);
        form.addFormRow(startDate, targetEndDate);
        form.addFormRow(status);
        // The two sides face each other: supplier on the left, customer on the right.
        form.addFormRow(supplierLead, customerLead);
        form.addFormRow(supplierMembers, customerMembers);
        add(form);

        var save = new Button(getTranslation("action.save"), e -> save(existing == null ? 0 : existing.version()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> closeUnlessChanged());
        setCloseOnEsc(false);
        addDialogCloseActionListener(e -> closeUnlessChanged());
        getFooter().add(cancel, save);

        if (existing == null) {
            var customers = editService.customersForNewProgram();
            customersById = customers.stream().collect(Collectors.toMap(OrganizationSummary::id, Function.identity()));
            customer.setItems(customers);
            binder.readRecord(ProgramDraft.empty());
        } else {
            customersById = Map.of(existing.customer().id(), existing.customer());
            customer.setItems(existing.customer());
            customer.setReadOnly(true);
            showCandidates(editService.candidatesForProgram(existing.id()));
            binder.readRecord(existing.toDraft());
            var supplierSide = existing.editableSides().contains(Side.SUPPLIER);
            var customerSide = existing.editableSides().contains(Side.CUSTOMER);
            supplierLead.setReadOnly(!supplierSide);
            supplierMembers.setReadOnly(!supplierSide);
            customerLead.setReadOnly(!customerSide);
            customerMembers.setReadOnly(!customerSide);
            if (!supplierSide || !customerSide) {
                var note = getTranslation("program.form.own-side-only");
                (supplierSide ? customerLead : supplierLead).setHelperText(note);
            }
        }
    }

    private void configureFields() {
        customer.setLabel(getTranslation("program.customer"));
        customer.setItemLabelGenerator(OrganizationSummary::name);
        customer.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showCandidates(editService.candidatesForNewProgram(e.getValue().id()));
            }
        });
        name.setLabel(getTranslation("program.name"));
        TextLimit.of(name, 200);
        successDefinition.setLabel(getTranslation("program.success-definition"));
        successDefinition.setHelperText(getTranslation("program.success-definition.help"));
        TextLimit.of(successDefinition, 4000);
        successDefinition.setMinRows(3);
        startDate.setLabel(getTranslation("program.start"));
        targetEndDate.setLabel(getTranslation("program.target-end"));
        startDate.setRange(datesAllowed, "program.error.date-range");
        targetEndDate.setRange(datesAllowed, "program.error.date-range");
        targetEndDate.setMinErrorKey("program.error.end-before-start");
        startDate.addValueChangeListener(e -> {
            targetEndDate.setMin(e.getValue() == null || !datesAllowed.contains(e.getValue()) ? datesAllowed.min()
                    : e.getValue());
            if (targetEndDate.getValue() != null) {
                binder.validate();
            }
        });
        status.setLabel(getTranslation("program.status"));
        status.setItems(ProgramStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("program.status." + s.name()));
        supplierLead.setLabel(getTranslation("program.supplier-lead"));
        customerLead.setLabel(getTranslation("program.customer-lead"));
        supplierMembers.setLabel(getTranslation("program.supplier-members"));
        customerMembers.setLabel(getTranslation("program.customer-members"));
        for (var field : List.of(supplierLead, customerLead)) {
            field.setItemLabelGenerator(this::personLabel);
        }
        for (var field : List.of(supplierMembers, customerMembers)) {
            field.setItemLabelGenerator(this::personLabel);
        }
        supplierLead.setHelperText(getTranslation("program.lead.help"));
        customerLead.setHelperText(getTranslation("program.lead.help"));
    }

    private void bindFields() {
        var required = getTranslation("validation.required");
        binder.forField(customer).asRequired(required)
                .withConverter(Converter.from(org -> Result.ok(org.id()),
                        id -> id == null ? null : customersById.get(id)))
                .bind("customerId");
        binder.forField(name).asRequired(required)
                .withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(name))
                .bind("name");
        binder.forField(successDefinition).asRequired(required)
                .withValidator(v -> !v.isBlank(), required)
                .withValidator(TextLimit.validatorOf(successDefinition))
                .bind("successDefinition");
        binder.forField(startDate).asRequired(required)
                .withValidator(datesAllowed::contains, startDate.rangeMessage(datesAllowed, "program.error.date-range"))
                .bind("startDate");
        binder.forField(targetEndDate).asRequired(required)
                .withValidator(datesAllowed::contains,
                        targetEndDate.rangeMessage(datesAllowed, "program.error.date-range"))
                .withValidator(end -> startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        getTranslation("program.error.end-before-start"))
                .bind("targetEndDate");
        binder.forField(status).asRequired(required).bind("status");
        binder.forField(supplierLead).asRequired(required).withConverter(personId()).bind("supplierLeadId");
        binder.forField(customerLead).asRequired(required).withConverter(personId()).bind("customerLeadId");
        binder.forField(supplierMembers).withConverter(personIds()).bind("supplierMemberIds");
        binder.forField(customerMembers).withConverter(personIds()).bind("customerMemberIds");
    }

    private Converter<PersonSummary, Long> personId() {
        return Converter.from(person -> Result.ok(person.id()),
                id -> id == null ? null : peopleById.get(id));
    }

    private Converter<Set<PersonSummary>, Set<Long>> personIds() {
        return Converter.from(
                people -> Result.ok(
                        people.stream().map(PersonSummary::id).collect(Collectors.toSet())),
                ids -> ids == null ? Set.of() : ids.stream().map(peopleById::get)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private void showCandidates(ProgramCandidates candidates) {
        peopleById = Stream.concat(candidates.supplierPeople().stream(),
                        candidates.customerPeople().stream())
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        supplierLead.setItems(leadsOf(candidates.supplierPeople()));
        customerLead.setItems(leadsOf(candidates.customerPeople()));
        supplierMembers.setItems(candidates.supplierPeople());
        customerMembers.setItems(candidates.customerPeople());
    }

    private static List<PersonSummary> leadsOf(Collection<PersonSummary> people) {
        return people.stream().filter(p -> p.role() != Role.VIEWER).toList();
    }

    /** A person disabled since they joined stays listed, marked as such, so that saving does not drop them. */
    private String personLabel(PersonSummary person) {
        var label = person.jobTitle() == null ? person.displayName() : person.displayName() + " — " + person.jobTitle();
        return person.enabled() ? label : label + " (" + getTranslation("people.status.DISABLED") + ")";
    }

    /** Typed-in work is not thrown away without asking. */
    private void closeUnlessChanged() {
        if (!binder.hasChanges()) {
            close();
            return;
        }
        var confirm = new ConfirmDialog(getTranslation("program.form.discard.title"),
                getTranslation("program.form.discard.text"), getTranslation("program.form.discard.confirm"),
                e -> close());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("program.form.discard.keep"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void save(long version) {
        ProgramDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var saved = existing == null ? editService.create(draft)
                    : editService.update(existing.id(), version, draft);
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException e) {
            ServiceErrors.show(this, e, Map.of("name", name, "successDefinition", successDefinition), name);
        } catch (InvalidInputException e) {
            showFieldError(e);
        } catch (ConcurrentEditException e) {
            ProgramDetails current = e.current();
            ProgramConflictDialog.of(this, draft, current, peopleById, () -> save(current.version()), () -> {
                close();
                onSaved.accept(current);
            }).open();
        }
    }

    private void showFieldError(InvalidInputException e) {
        HasValidation field = switch (e.field()) {
            case "customerId" -> customer;
            case "startDate" -> startDate;
            case "targetEndDate" -> targetEndDate;
            case "supplierLeadId" -> supplierLead;
            case "customerLeadId" -> customerLead;
            case "supplierMemberIds" -> supplierMembers;
            case "customerMemberIds" -> customerMembers;
            default -> name;
        };
        field.setErrorMessage(ServiceErrors.message(this, e));
        field.setInvalid(true);
    }
}
