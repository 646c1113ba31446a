package com.cohelm.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule page's two dialogs as people use them: proposing a re-baseline (the reason and at least one
 * milestone with its new date are needed; nothing is stored until both are there) and the personal calendar
 * address (shown once, then only its state; revoking ends it). Each test works on a program of its own.
 */
class ScheduleDialogsTest extends KaribuViewTest {

    private static final String MILESTONE = "Fixture acceptance signed";

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    JdbcClient jdbc;

    /** A program of its own with one open supplier milestone, planned 30 days from now. */
    private TestProgram programWithOneMilestone() {
        var program = testPrograms.create("Dialogs");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            var date = TestClock.today().plusDays(30);
            milestoneService.create(program.id(), new MilestoneDraft(MILESTONE, null, OwnerSide.SUPPLIER,
                    demo.personId(DemoLogins.SUPPLIER_MEMBER), date, date, Set.of(), Set.of(), null));
        } finally {
            signIn.out();
        }
        return program;
    }

    private void openSchedule(long programId) {
        navigate("programs/" + programId + "/schedule");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ScheduleView.class);
    }

    private long proposals(long programId) {
        return jdbc.sql("select count(*) from rebaseline_proposal where program_id = ?").param(programId)
                .query(Long.class).single();
    }

    private static String text(Dialog dialog) {
        return dialog.getElement().getTextRecursively();
    }

    @Test
    void samProposesARebaselineOnlyOnceTheReasonAndAMilestoneWithItsDateAreGiven() {
        var program = programWithOneMilestone();
        login(DemoLogins.SUPPLIER_MEMBER);
        openSchedule(program.id());
        _click(_get(Button.class, spec -> spec.withText("Propose re-baseline")));
        var dialog = _get(Dialog.class, spec -> spec.withClasses("rebaseline-form"));

        _click(_get(dialog, Button.class, spec -> spec.withText("Propose")));
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("field-error")).getText())
                .isEqualTo("Add at least one milestone with its new baseline.");
        assertThat(proposals(program.id())).isZero();

        @SuppressWarnings("unchecked")
        ComboBox<MilestoneRef> milestone = _get(dialog, ComboBox.class, spec -> spec.withLabel("Milestone"));
        _setValue(milestone, milestone.getListDataView().getItems()
                .filter(m -> m.title().equals(MILESTONE)).findFirst().orElseThrow());
        var newBaseline = TestClock.today().plusDays(45);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("New baseline")), newBaseline);
        _click(_get(dialog, Button.class, spec -> spec.withText("Propose")));
        var reason = _get(dialog, TextArea.class, spec -> spec.withLabel("Reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Required");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(proposals(program.id())).isZero();

        _setValue(reason, "The customer moved the line trial by two weeks.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Propose")));

        _assertNone(Dialog.class, spec -> spec.withClasses("rebaseline-form"));
        var stored = jdbc.sql("select p.reason, p.state, i.proposed_baseline from rebaseline_proposal p"
                        + " join rebaseline_item i on i.proposal_id = p.id where p.program_id = ?")
                .param(program.id())
                .query((rs, n) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getDate(3).toLocalDate())
                .list();
        assertThat(stored).containsExactly(
                "The customer moved the line trial by two weeks. | PENDING | " + newBaseline);
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .contains("Re-baseline proposal waiting for an answer")
                .contains("The customer moved the line trial by two weeks.");
    }

    @Test
    void aRemovedMilestoneRowIsNotProposed() {
        var program = programWithOneMilestone();
        login(DemoLogins.SUPPLIER_MEMBER);
        openSchedule(program.id());
        _click(_get(Button.class, spec -> spec.withText("Propose re-baseline")));
        var dialog = _get(Dialog.class, spec -> spec.withClasses("rebaseline-form"));
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Reason")), "Nothing left to move");
        // the remove button shows only an icon; people with a screen reader hear its name
        _click(_find(dialog, Button.class).stream()
                .filter(button -> button.getAriaLabel().filter("Remove"::equals).isPresent()).findFirst()
                .orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Propose")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(text(dialog)).contains("Add at least one milestone with its new baseline.");
        assertThat(proposals(program.id())).isZero();
    }

    @Test
    void theCalendarAddressIsShownOnceThenOnlyItsStateAndRevokingEndsIt() {
        var program = programWithOneMilestone();
        var member = login(program.customerMember());
        openSchedule(program.id());
        _click(_get(Button.class, spec -> spec.withText("Calendar")));
        var dialog = _get(Dialog.class, spec -> spec.withClasses("calendar-dialog"));
        assertThat(text(dialog)).contains("You have no calendar address for this program.");

        _click(_get(dialog, Button.class, spec -> spec.withText("Make a calendar address")));
        var address = _get(dialog, TextField.class, spec -> spec.withLabel("Your calendar address")).getValue();
        assertThat(address).matches(".*/calendar/[A-Za-z0-9_-]{20,}\\.ics");
        var token = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
        var storedHash = jdbc.sql("select token_hash from calendar_feed where user_id = ? and program_id = ?")
                .params(member.id(), program.id()).query(String.class).single();
        assertThat(storedHash).isNotEqualTo(token).doesNotContain(token);

        dialog.close();
        _click(_get(Button.class, spec -> spec.withText("Calendar")));
        var reopened = _get(Dialog.class, spec -> spec.withClasses("calendar-dialog"));
        assertThat(text(reopened)).contains("Your calendar address has been active since").doesNotContain(token);

        _click(_get(reopened, Button.class, spec -> spec.withText("Revoke")));
        assertThat(text(reopened)).contains("You have no calendar address for this program.");
        assertThat(jdbc.sql("select count(*) from calendar_feed where user_id = ? and program_id = ?")
                .params(member.id(), program.id()).query(Long.class).single()).isZero();
    }
}
