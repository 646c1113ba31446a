package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PersonSummary;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProgramFormDialogTest extends KaribuViewTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoPrograms demo;

    private long programCount() {
        return jdbc.sql("select count(*) from program").query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> multi(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    private static <T> T item(ComboBox<T> box, String label) {
        return box.getListDataView().getItems().filter(i -> box.getItemLabelGenerator().apply(i).startsWith(label))
                .findFirst().orElseThrow();
    }

    @Test
    void theSupplierAdminCreatesAProgramThroughTheForm() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("programs");
        _click(_get(Button.class, spec -> spec.withText("New program")));
        _get(Dialog.class);

        ComboBox<OrganizationSummary> customer = combo("Customer");
        _setValue(customer, item(customer, "Calloway Motor Works"), true);
        var name = "Fleet telematics " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Shared definition of success")),
                "Every van reports its faults before the customer notices them.");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Start")), LocalDate.of(2027, 1, 4));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Target end")), LocalDate.of(2027, 6, 30));
        ComboBox<PersonSummary> supplierLead = combo("Supplier lead");
        _setValue(supplierLead, item(supplierLead, "Priya Raman"));
        ComboBox<PersonSummary> customerLead = combo("Customer lead");
        _setValue(customerLead, item(customerLead, "Maya Singh"));
        MultiSelectComboBox<PersonSummary> customerTeam = multi("Customer team");
        var carl = customerTeam.getListDataView().getItems().filter(p -> p.displayName().equals("Carl Brennan"))
                .findFirst().orElseThrow();
        _setValue(customerTeam, Set.of(carl));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProgramView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("programs/");
        var created = jdbc.sql("select count(*) from program where name = ?").param(name).query(Long.class).single();
        assertThat(created).isEqualTo(1);
    }

    @Test
    void missingFieldsAreMarkedAndNothingIsSaved() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("programs");
        var before = programCount();
        _click(_get(Button.class, spec -> spec.withText("New program")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Half a program");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Start")), LocalDate.of(2027, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Target end")), LocalDate.of(2027, 2, 1));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        _get(Dialog.class);
        var customer = combo("Customer");
        assertThat(customer.isInvalid()).isTrue();
        assertThat(customer.getErrorMessage()).isEqualTo("Required");
        var end = _get(DatePicker.class, spec -> spec.withLabel("Target end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(programCount()).isEqualTo(before);
    }

    @Test
    void typedWorkIsNotDiscardedWithoutAsking() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("programs");
        _click(_get(Button.class, spec -> spec.withText("New program")));
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        _assertNone(Dialog.class);

        _click(_get(Button.class, spec -> spec.withText("New program")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Half typed");
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        _assertOne(Dialog.class);
    }

    @Test
    void aCustomerLeadChangesOnlyTheCustomerSide() {
        login(DemoLogins.CUSTOMER_ADMIN);
        navigate("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM));
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        assertThat(combo("Supplier lead").isReadOnly()).isTrue();
        assertThat(multi("Supplier team").isReadOnly()).isTrue();
        assertThat(combo("Customer lead").isReadOnly()).isFalse();
        assertThat(multi("Customer team").isReadOnly()).isFalse();
    }

    @Test
    void aLeadEditsTheProgram() {
        login("priya@northwind.example");
        var id = demo.id(DemoLogins.CALLOWAY_PROGRAM);
        navigate("programs/" + id);
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        var success = _get(TextArea.class, spec -> spec.withLabel("Shared definition of success"));
        var original = success.getValue();
        try {
            _setValue(success, original + " Updated in a test.");
            _click(_get(Button.class, spec -> spec.withText("Save")));
            var stored = jdbc.sql("select success_definition from program where id = ?").param(id)
                    .query(String.class).single();
            assertThat(stored).endsWith("Updated in a test.");
        } finally {
            jdbc.sql("update program set success_definition = ? where id = ?").params(original, id).update();
        }
    }
}
