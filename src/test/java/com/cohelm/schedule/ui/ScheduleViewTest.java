package com.cohelm.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonSummary;
import com.cohelm.schedule.MilestoneRow;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule page as people use it: counts per status, the list with late milestones first, the
 * timeline with its text alternative, the baseline comparison, the pending re-baseline proposal and who
 * may decide it, and the new milestone dialog. Only the dialog tests write, and only new milestones on
 * Brightline; the demo schedules stay as they are.
 */
class ScheduleViewTest extends KaribuViewTest {

    private static final String EXPORT = "Yield data export format agreed";

    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    private void openSchedule(String program, String query) {
        navigate("programs/" + demo.id(program) + "/schedule" + query);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ScheduleView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MilestoneRow> milestoneGrid() {
        return _get(Grid.class, spec -> spec.withClasses("milestone-grid"));
    }

    private static List<MilestoneRow> rows(Grid<MilestoneRow> grid) {
        var rows = new ArrayList<MilestoneRow>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private static boolean hasButton(String text) {
        return !_find(Button.class, spec -> spec.withText(text)).isEmpty();
    }

    private long milestonesTitled(String title) {
        return jdbc.sql("select count(*) from milestone where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void verdantShowsItsCountsPerStatusAndListsTheLateOneFirst() {
        login(DemoLogins.SUPPLIER_MEMBER);
        openSchedule(DemoLogins.VERDANT_PROGRAM, "");

        _get(Button.class, spec -> spec.withText("Late (1)"));
        var total = jdbc.sql("select count(*) from milestone where program_id = ?")
                .param(demo.id(DemoLogins.VERDANT_PROGRAM)).query(Long.class).single();
        var all = _get(Button.class, spec -> spec.withText("All (" + total + ")"));
        assertThat(all.getThemeNames()).contains(ButtonVariant.PRIMARY.getVariantName());
        assertThat(_find(Button.class)).extracting(Button::getText)
                .anyMatch(t -> t.startsWith("Slipped ("))
                .anyMatch(t -> t.startsWith("On plan ("))
                .anyMatch(t -> t.startsWith("Done ("));

        var rows = rows(milestoneGrid());
        assertThat(rows).hasSize(total.intValue());
        assertThat(rows.getFirst().title()).isEqualTo(EXPORT);
        assertThat(rows.getFirst().status()).isEqualTo(MilestoneStatus.LATE);
        // late, then slipped, then on plan, then done
        assertThat(rows).extracting(MilestoneRow::status).isSortedAccordingTo(Enum::compareTo);
        assertThat(rows).extracting(MilestoneRow::title).contains("Cell controller installed on the pilot line",
                "First full shift on our systems", "Operators trained");
        assertThat(GridKt._getFormattedRow(milestoneGrid(), 0)).anyMatch(cell -> cell.contains(EXPORT));
    }

    @Test
    void theStatusFilterInTheAddressShowsOnlyThoseMilestones() {
        login(DemoLogins.CUSTOMER_MEMBER);
        openSchedule(DemoLogins.VERDANT_PROGRAM, "?status=late");

        var rows = rows(milestoneGrid());
        assertThat(rows).extracting(MilestoneRow::title).containsExactly(EXPORT);
        assertThat(rows).allMatch(r -> r.status() == MilestoneStatus.LATE);
        var late = _get(Button.class, spec -> spec.withText("Late (1)"));
        assertThat(late.getThemeNames()).contains(ButtonVariant.PRIMARY.getVariantName());

        // Another status, picked with its button, goes into the address
        _click(_get(Button.class, spec -> spec.withText("Done (1)")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .endsWith("/schedule?status=done");
        assertThat(rows(milestoneGrid())).extracting(MilestoneRow::title).containsExactly("Operators trained");
    }

    @Test
    void theTimelineTabDrawsAnImageWhoseAltTextIsTheSummary() {
        login(DemoLogins.SUPPLIER_MEMBER);
        openSchedule(DemoLogins.VERDANT_PROGRAM, "?view=timeline");

        _assertNone(Grid.class, spec -> spec.withClasses("milestone-grid"));
        var image = _get(Image.class, spec -> spec.withClasses("schedule-timeline"));
        var caption = _get(Paragraph.class, spec -> spec.withClasses("timeline-caption"));
        assertThat(image.getSrc()).isNotBlank();
        assertThat(image.getAlt()).hasValue(caption.getText());
        assertThat(caption.getText()).contains("milestones from").contains("1 late").contains("1 done");
    }

    @Autowired
    com.cohelm.schedule.MilestoneService milestoneService;
    @Autowired
    com.cohelm.schedule.SlipService slipService;

    /**
     * Issue 26: late and slipped are two facts, both shown; each row is a card on a phone (decision 0024); the
     * timeline's rows are links to their milestones; list and timeline are links, not tabs.
     */
    @Test
    void aLateMilestoneThatSlippedShowsBothAndTheTimelineRowsAreLinks() {
        var sam = login(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today(sam.timeZone());
        var brightline = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        var title = "Late and slipped " + UUID.randomUUID();
        var created = milestoneService.create(brightline, new com.cohelm.schedule.MilestoneDraft(title, "",
                OwnerSide.SUPPLIER, sam.id(), today.minusDays(20), today.minusDays(20), java.util.Set.of(),
                java.util.Set.of(), null));
        slipService.recordSlip(brightline, created.row().id(), created.row().version(),
                new com.cohelm.schedule.SlipDraft(today.minusDays(6), new com.cohelm.schedule.SlipReport(
                        com.cohelm.schedule.SlipCause.SUPPLIER, "Boards late", "Air freight")));

        openSchedule(DemoLogins.BRIGHTLINE_PROGRAM, "?status=late");
        var grid = milestoneGrid();
        var index = rows(grid).stream().map(MilestoneRow::title).toList().indexOf(title);
        assertThat(index).isNotNegative();
        var status = GridKt._getCellComponent(grid, index, "status");
        _get(status, com.vaadin.flow.component.badge.Badge.class, spec -> spec.withText("Late"));
        _get(status, com.vaadin.flow.component.badge.Badge.class, spec -> spec.withText("Slipped +14 days"));
        _get(status, com.vaadin.flow.component.badge.Badge.class, spec -> spec.withText("Awaiting answer"));
        // A window of unknown width counts as wide: the card column waits for a phone
        assertThat(grid.getColumnByKey("card").isVisible()).isFalse();
        var card = GridKt._getCellComponent(grid, index, "card");
        assertThat(card.getElement().getTextRecursively()).contains(title, "Supplier", "Sam Okafor", "Planned",
                "Late", "Slipped +14 days");

        var list = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("List"));
        assertThat(list.getElement().getAttribute("aria-current")).isEqualTo("page");
        _assertNone(com.vaadin.flow.component.tabs.Tabs.class);
        var timelineLink = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Timeline"));
        assertThat(timelineLink.getHref()).endsWith("/schedule?view=timeline");

        openSchedule(DemoLogins.BRIGHTLINE_PROGRAM, "?view=timeline");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Timeline"))
                .getElement().getAttribute("aria-current")).isEqualTo("page");
        var links = _find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("timeline-row-link"));
        var total = jdbc.sql("select count(*) from milestone where program_id = ?").param(brightline)
                .query(Long.class).single();
        assertThat(links).hasSize(total.intValue());
        var link = links.stream().filter(a -> a.getHref().endsWith("/schedule/" + created.row().id())).findFirst()
                .orElseThrow();
        assertThat(link.getElement().getTextRecursively()).startsWith(title + ": baseline ");
    }

    @Test
    void callowayComparesItsTimelineWithB0OrB1() {
        login(DemoLogins.SUPPLIER_ADMIN);
        openSchedule(DemoLogins.CALLOWAY_PROGRAM, "?view=timeline");

        @SuppressWarnings("unchecked")
        Select<Integer> compare = _get(Select.class, spec -> spec.withLabel("Compare with baseline"));
        assertThat(compare.getListDataView().getItems().map(compare.getItemLabelGenerator()::apply).toList())
                .containsExactly("B0", "B1");
        assertThat(compare.getValue()).isNull();
        var plain = _get(Image.class, spec -> spec.withClasses("schedule-timeline")).getAlt().orElseThrow();

        _setValue(compare, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("view=timeline").contains("compare=0");
        @SuppressWarnings("unchecked")
        Select<Integer> compared = _get(Select.class, spec -> spec.withLabel("Compare with baseline"));
        assertThat(compared.getValue()).isZero();
        assertThat(_get(Image.class, spec -> spec.withClasses("schedule-timeline")).getAlt()).hasValue(plain);

        openSchedule(DemoLogins.CALLOWAY_PROGRAM, "?view=timeline&zoom=quarter&compare=1");
        @SuppressWarnings("unchecked")
        Select<Integer> again = _get(Select.class, spec -> spec.withLabel("Compare with baseline"));
        assertThat(again.getValue()).isEqualTo(1);
    }

    @Test
    void victorDecidesVerdantsPendingProposalWhileSamMayOnlyWithdrawIt() {
        login(DemoLogins.CUSTOMER_MEMBER);
        openSchedule(DemoLogins.VERDANT_PROGRAM, "");
        var card = _get(Card.class, spec -> spec.withClasses("proposal-card"));
        assertThat(card.getElement().getTextRecursively()).contains("Re-baseline proposal waiting for an answer",
                "we propose new baselines both sides can hold us to", "First full shift on our systems");
        _get(card, Button.class, spec -> spec.withText("Accept"));
        _get(card, Button.class, spec -> spec.withText("Decline"));
        _assertNone(card, Button.class, spec -> spec.withText("Withdraw"));
        assertThat(hasButton("Propose re-baseline")).isFalse(); // one proposal at a time

        login(DemoLogins.SUPPLIER_MEMBER);
        openSchedule(DemoLogins.BRIGHTLINE_PROGRAM, "");
        openSchedule(DemoLogins.VERDANT_PROGRAM, "");
        card = _get(Card.class, spec -> spec.withClasses("proposal-card"));
        _get(card, Button.class, spec -> spec.withText("Withdraw"));
        _assertNone(card, Button.class, spec -> spec.withText("Accept"));
        _assertNone(card, Button.class, spec -> spec.withText("Decline"));
        assertThat(card.getElement().getTextRecursively()).contains("Waiting for the Customer lead to accept or decline.");
        assertThat(hasButton("Propose re-baseline")).isFalse();
    }

    @Test
    void aViewerNeitherAddsMilestonesNorProposesARebaseline() {
        login(DemoLogins.CUSTOMER_VIEWER);
        openSchedule(DemoLogins.BRIGHTLINE_PROGRAM, "");

        assertThat(GridKt._size(milestoneGrid())).isPositive();
        assertThat(hasButton("New milestone")).isFalse();
        assertThat(hasButton("Propose re-baseline")).isFalse();
        assertThat(hasButton("Calendar")).isTrue();
    }

    /** Opens the new milestone dialog as Sam on Brightline and fills in everything but the dates. */
    private Dialog newMilestoneDialog(String title) {
        login(DemoLogins.SUPPLIER_MEMBER);
        openSchedule(DemoLogins.BRIGHTLINE_PROGRAM, "");
        _click(_get(Button.class, spec -> spec.withText("New milestone")));
        var dialog = _get(Dialog.class, spec -> spec.withClasses("milestone-form"));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Title")), title);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<OwnerSide> side = _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("Owned by"));
        _setValue(side, OwnerSide.SUPPLIER);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> owner = _get(dialog, ComboBox.class, spec -> spec.withLabel("Owner"));
        var sam = owner.getListDataView().getItems().filter(p -> p.displayName().startsWith("Sam")).findFirst()
                .orElseThrow();
        _setValue(owner, sam);
        return dialog;
    }

    @Test
    void samAddsAMilestoneThroughTheDialogAndLandsOnItsPage() {
        var title = "Burn-in rack commissioned " + UUID.randomUUID();
        var dialog = newMilestoneDialog(title);
        var baseline = TestClock.today().plusDays(40);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Baseline")), baseline);
        var planned = _get(dialog, DatePicker.class, spec -> spec.withLabel("Planned"));
        assertThat(planned.getValue()).isEqualTo(baseline); // follows the baseline while empty
        _setValue(planned, baseline.minusDays(5));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MilestoneView.class);
        var id = jdbc.sql("select id from milestone where title = ?").param(title).query(Long.class).single();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("programs/" + demo.id(DemoLogins.BRIGHTLINE_PROGRAM) + "/schedule/" + id);
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).contains(title);
        _assertNone(Dialog.class, spec -> spec.withClasses("milestone-form"));
        var dates = jdbc.sql("select baseline_date, planned_date, owner_side from milestone where id = ?").param(id)
                .query((rs, n) -> List.of(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .single();
        assertThat(dates).containsExactly(baseline, baseline.minusDays(5), "SUPPLIER");
    }

    @Test
    void aNewMilestonePlannedAfterItsBaselineIsRefusedAtTheField() {
        var title = "Planned too late " + UUID.randomUUID();
        var dialog = newMilestoneDialog(title);
        var baseline = TestClock.today().plusDays(40);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Baseline")), baseline);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Planned")), baseline.plusDays(1));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        var planned = _get(dialog, DatePicker.class, spec -> spec.withLabel("Planned"));
        assertThat(planned.isInvalid()).isTrue();
        assertThat(planned.getErrorMessage()).isEqualTo("A new milestone is planned on or before its baseline.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ScheduleView.class);
        assertThat(milestonesTitled(title)).isZero();
    }

    @Test
    void aMilestoneWithoutATitleIsRefusedAtTheField() {
        var before = jdbc.sql("select count(*) from milestone").query(Long.class).single();
        var dialog = newMilestoneDialog("");
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Baseline")), TestClock.today().plusDays(30));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        var title = _get(dialog, TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Required");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.sql("select count(*) from milestone").query(Long.class).single()).isEqualTo(before);
    }
}
