package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.account.PeopleAdminService;
import com.cohelm.account.PersonRow;
import com.cohelm.account.PersonStatus;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Forms;
import com.cohelm.account.PersonProgram;
import com.cohelm.account.ProgramMemberships;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One person, for the admin who manages them: role, programs, resend the invitation, disable or
 * enable. Admins do not change their own role or disable themselves here.
 */
class PersonDialog extends Dialog {

    private final PeopleAdminService people;
    private final ProgramMemberships programs;
    private final Runnable onChanged;
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<PersonProgram> programChoice = new MultiSelectComboBox<>();
    private PersonRow person;
    /** What the dialog showed: a save changes only what differs from it (decision 0032). */
    private Role readRole;
    private Set<Long> readPrograms;

    PersonDialog(PeopleAdminService people, ProgramMemberships programs, PersonRow person, CurrentUser me,
            Runnable onChanged) {
        this.people = people;
        this.programs = programs;
        this.person = person;
        this.onChanged = onChanged;
        addClassName("person-dialog");
        setHeaderTitle(person.displayName());
        setWidth("min(40rem, 95vw)");
        boolean self = person.id() == me.id();

        var facts = Forms.twoColumns();
        facts.add(Cards.fact(getTranslation("people.email"), person.email()),
                Cards.fact(getTranslation("people.organization"), person.organizationName()),
                Cards.fact(getTranslation("people.status"), getTranslation("people.status." + person.status().name())));
        add(facts);

        role.setLabel(getTranslation("people.role"));
        role.setItems(person.side() == Side.SUPPLIER ? new Role[] {Role.ADMIN, Role.MEMBER} : Role.values());
        role.setItemLabelGenerator(r -> getTranslation("people.role." + r.name()));
        role.setValue(person.role());
        role.setReadOnly(self);
        if (self) {
            role.setHelperText(getTranslation("people.self-hint"));
        }
        var candidates = programs.programsOfPerson(person.id());
        programChoice.setLabel(getTranslation("people.programs"));
        programChoice.setItems(candidates);
        programChoice.setItemLabelGenerator(p -> p.lead() ? getTranslation("people.programs.lead", p.name()) : p.name());
        programChoice.select(candidates.stream().filter(PersonProgram::member).toList());
        readRole = person.role();
        readPrograms = chosenPrograms();
        programChoice.setReadOnly(person.status() == PersonStatus.DISABLED);
        var form = Forms.twoColumns();
        form.add(role);
        form.add(programChoice, 2);
        add(form);

        if (person.status() == PersonStatus.INVITED) {
            var resend = new Button(getTranslation("people.resend"), e -> resend());
            resend.addThemeVariants(ButtonVariant.TERTIARY);
            getFooter().add(resend);
        }
        if (!self) {
            var status = person.status() == PersonStatus.DISABLED
                    ? new Button(getTranslation("people.enable"), e -> enable())
                    : new Button(getTranslation("people.disable"), e -> confirmDisable());
            if (person.status() != PersonStatus.DISABLED) {
                status.addThemeVariants(ButtonVariant.ERROR);
            }
            getFooter().add(status);
        }
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            if (role.getValue() != person.role()) {
                person = people.changeRole(person.id(), readRole, role.getValue());
            }
            // Only the programs chosen or unchosen here: another admin's change to the others stays.
            programs.changeProgramsOfPerson(person.id(), readPrograms, chosenPrograms());
            close();
            onChanged.run();
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("role", role, "programs", programChoice), role);
        } catch (ConcurrentEditException e) {
            PersonRow current = e.current();
            var rows = new ConflictDialog.Differences(this).field("people.role",
                    getTranslation("people.role." + role.getValue().name()),
                    getTranslation("people.role." + current.role().name()));
            new ConflictDialog(rows.list(), () -> {
                readRole = current.role();
                person = current;
                save();
            }, () -> {
                close();
                onChanged.run();
            }).open();
        }
    }

    private Set<Long> chosenPrograms() {
        return programChoice.getSelectedItems().stream().map(PersonProgram::id).collect(Collectors.toSet());
    }

    private void resend() {
        people.resendInvitation(person.id());
        var notification = Notification.show(getTranslation("people.invite.sent", person.email()), 5000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        close();
        onChanged.run();
    }

    private void confirmDisable() {
        var confirm = new ConfirmDialog(getTranslation("people.disable.title", person.displayName()),
                getTranslation("people.disable.text"), getTranslation("people.disable"), e -> {
                    people.disable(person.id());
                    close();
                    onChanged.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void enable() {
        people.enable(person.id());
        close();
        onChanged.run();
    }
}
