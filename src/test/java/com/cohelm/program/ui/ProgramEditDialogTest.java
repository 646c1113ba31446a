package com.cohelm.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.program.ProgramStatus;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The program form, leads and both teams included, saves only what it shows: saved untouched by either
 * side's lead it changes no row; one field changed changes that field only; a disabled team member, whom
 * nobody can add any more, stays on the team rather than being dropped by the save.
 */
class ProgramEditDialogTest extends EditDialogTest {

    @Autowired
    TestPrograms testPrograms;

    private Dialog openEditor(TestProgram program, String who) {
        login(who);
        navigate("programs/" + program.id());
        click("Edit");
        return dialog("program-form");
    }

    @Test
    void theSupplierLeadSavesUntouchedAndNothingChanges() {
        var program = testPrograms.create("Program dialog");
        assertNothingChanged(changesOf(() -> {
            var dialog = openEditor(program, DemoLogins.SUPPLIER_MEMBER);
            click(dialog, "Save");
            assertThat(dialog.isOpened()).isFalse();
        }));
    }

    @Test
    void theCustomerLeadSavesUntouchedAndNothingChanges() {
        var program = testPrograms.create("Program dialog");
        assertNothingChanged(changesOf(() -> click(openEditor(program, program.customerLead()), "Save")));
    }

    @Test
    void aDisabledTeamMemberStaysOnTheTeam() {
        var program = testPrograms.create("Program dialog");
        testPrograms.disable(program.customerMember());
        assertNothingChanged(changesOf(() -> {
            var dialog = openEditor(program, DemoLogins.SUPPLIER_MEMBER);
            assertThat(EditDialogTest.<PersonSummary>multi(dialog, "Customer team").getValue())
                    .extracting(PersonSummary::displayName).contains(TestPrograms.CUSTOMER_MEMBER_NAME);
            click(dialog, "Save");
            assertThat(dialog.isOpened()).isFalse();
        }));
    }

    static Stream<Arguments> oneField() {
        return Stream.of(
                Arguments.of("name", (Consumer<Dialog>) d -> _setValue(_get(d, TextField.class,
                        spec -> spec.withLabel("Name")), "Renamed program"), "PROGRAM_UPDATED",
                        new String[] {"program.name", "program.updated_at", "program.version"}),
                Arguments.of("success definition", (Consumer<Dialog>) d -> _setValue(_get(d, TextArea.class,
                        spec -> spec.withLabel("Shared definition of success")), "Both sides sign the launch"),
                        "PROGRAM_UPDATED",
                        new String[] {"program.success_definition", "program.updated_at", "program.version"}),
                Arguments.of("status", (Consumer<Dialog>) d -> {
                    @SuppressWarnings("unchecked")
                    Select<ProgramStatus> status = _get(d, Select.class, spec -> spec.withLabel("Status"));
                    _setValue(status, ProgramStatus.ON_HOLD);
                }, "PROGRAM_UPDATED", new String[] {"program.status", "program.updated_at", "program.version"}),
                Arguments.of("supplier team", (Consumer<Dialog>) d -> {
                    var team = EditDialogTest.<PersonSummary>multi(d, "Supplier team");
                    _setValue(team, team.getValue().stream().filter(p -> !p.displayName().startsWith("Tom"))
                            .collect(Collectors.toSet()));
                }, "PROGRAM_MEMBER_REMOVED", new String[] {"-program_member", "program.updated_at", "program.version"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneField")
    void changingOneFieldChangesOnlyThatField(String field, Consumer<Dialog> change, String activityKind,
            String[] changed) {
        var program = testPrograms.create("Program dialog");
        var changes = changesOf(() -> {
            var dialog = openEditor(program, DemoLogins.SUPPLIER_MEMBER);
            change.accept(dialog);
            click(dialog, "Save");
        });
        assertOnlyChanged(changes, activityKind, changed);
    }
}
