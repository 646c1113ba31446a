package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.account.InvitationDraft;
import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PeopleAdminService;
import com.cohelm.account.PersonRow;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Forms;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.account.PersonProgram;
import com.cohelm.account.ProgramMemberships;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Invites someone by email to an organization the admin manages, with a role and the programs they
 * join, so that the invitee lands on their program when they accept.
 */
class InviteDialog extends Dialog {

    private final PeopleAdminService people;
    private final ProgramMemberships programs;
    private final Consumer<PersonRow> onInvited;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final ComboBox<OrganizationSummary> organization = new ComboBox<>();
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<PersonProgram> programChoice = new MultiSelectComboBox<>();

    InviteDialog(PeopleAdminService people, ProgramMemberships programs, CurrentUser me,
            OrganizationSummary preselected, Consumer<PersonRow> onInvited) {
        this.people = people;
        this.programs = programs;
        this.onInvited = onInvited;
        addClassName("invite-dialog");
        setHeaderTitle(getTranslation("people.invite"));
        setWidth("min(36rem, 95vw)");

        email.setLabel(getTranslation("people.email"));
        email.setRequiredIndicatorVisible(true);
        TextLimit.of(email, 320);
        name.setLabel(getTranslation("people.name"));
        name.setHelperText(getTranslation("people.invite.name-hint"));
        TextLimit.of(name, 200);
        var choices = people.organizations();
        organization.setLabel(getTranslation("people.organization"));
        organization.setItems(choices);
        organization.setItemLabelGenerator(OrganizationSummary::name);
        organization.setRequiredIndicatorVisible(true);
        organization.setValue(preselected != null ? preselected : choices.stream()
                .filter(o -> o.id() == me.organizationId()).findFirst().orElse(null));
        organization.setReadOnly(!me.isSupplierAdmin());
        role.setLabel(getTranslation("people.role"));
        role.setItemLabelGenerator(r -> getTranslation("people.role." + r.name()));
        role.setRequiredIndicatorVisible(true);
        programChoice.setLabel(getTranslation("people.programs"));
        programChoice.setItemLabelGenerator(PersonProgram::name);
        organization.addValueChangeListener(e -> updateChoices());
        updateChoices();

        var form = Forms.twoColumns();
        form.add(email, 2);
        form.add(name, 2);
        form.add(organization, role);
        form.add(programChoice, 2);
        add(new Paragraph(getTranslation("people.invite.text")), form);

        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        var send = new Button(getTranslation("people.invite.send"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, send);
    }

    /** Supplier people are admins or members; only customers have viewers. */
    private void updateChoices() {
        programChoice.clear();
        programChoice.setItems(organization.getValue() == null ? java.util.List.of()
                : programs.programsOfOrganization(organization.getValue().id()));
        var supplier = organization.getValue() != null && organization.getValue().side() == Side.SUPPLIER;
        var current = role.getValue();
        role.setItems(supplier ? new Role[] {Role.ADMIN, Role.MEMBER} : Role.values());
        role.setValue(current != null && !(supplier && current == Role.VIEWER) ? current : Role.MEMBER);
    }

    private void send() {
        if (!TextLimit.withinAll(TextLimit.of(email), TextLimit.of(name))) {
            return;
        }
        try {
            var invited = people.invite(new InvitationDraft(email.getValue(),
                    organization.getValue() == null ? null : organization.getValue().id(), role.getValue(),
                    name.getValue()));
            programs.setProgramsOfPerson(invited.id(),
                    programChoice.getSelectedItems().stream().map(PersonProgram::id).collect(Collectors.toSet()));
            close();
            var notification = Notification.show(getTranslation("people.invite.sent", invited.email()), 5000,
                    Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.SUCCESS);
            onInvited.accept(invited);
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("email", email, "displayName", name, "organizationId", organization,
                    "role", role, "programs", programChoice), email);
        }
    }
}
