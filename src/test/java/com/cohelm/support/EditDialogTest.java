package com.cohelm.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.DatabaseRows.Changes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every edit dialog and form must do with the database, proved on every row of every table
 * ({@link DatabaseRows}): (a) opened on an existing thing with all its links and saved without a change, it
 * changes no row anywhere (no version, no timestamp, no activity event); (b) with exactly one field changed, it
 * changes that field's column, the row's version and {@code updated_at}, and records the one activity event
 * that says so. "A form saves only what it shows": a link the form did not show or load is never lost.
 */
public abstract class EditDialogTest extends KaribuViewTest {

    @Autowired
    protected DatabaseRows rows;

    /** The rows an action inserted, updated and deleted, anywhere in the database. */
    protected Changes changesOf(Runnable action) {
        var before = rows.snapshot();
        action.run();
        return rows.changesSince(before);
    }

    protected static void assertNothingChanged(Changes changes) {
        assertThat(changes.rows()).as("what saving without a change changed:%s", changes).isEmpty();
    }

    /**
     * Asserts that exactly these changes happened ("table.column" for an updated column of a row, "+table" for an
     * inserted row, "-table" for a deleted one), plus one activity event of {@code activityKind} (none if null).
     */
    protected static void assertOnlyChanged(Changes changes, String activityKind, String... expected) {
        assertOnlyChanged(changes, activityKind == null ? List.of() : List.of(activityKind), expected);
    }

    /** The same with these activity events, e.g. an event and the audit entry of an author shown anonymously. */
    protected static void assertOnlyChanged(Changes changes, List<String> activityKinds, String... expected) {
        var wanted = new ArrayList<>(Arrays.asList(expected));
        activityKinds.forEach(kind -> wanted.add("+activity_event"));
        assertThat(changes.shape()).as("what changed:%s", changes).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(changes.inserted("activity_event")).as("the activity events:%s", changes)
                .extracting(event -> event.value("kind")).containsExactlyInAnyOrderElementsOf(activityKinds);
    }

    /** The open dialog with this class name. */
    protected static Dialog dialog(String className) {
        return _get(Dialog.class, spec -> spec.withClasses(className));
    }

    protected static void click(Component within, String text) {
        _click(_get(within, Button.class, spec -> spec.withText(text)));
    }

    protected static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @SuppressWarnings("unchecked")
    protected static <T> ComboBox<T> combo(Component within, String label) {
        return _get(within, ComboBox.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    protected static <T> MultiSelectComboBox<T> multi(Component within, String label) {
        return _get(within, MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    /** The first item of a combo box that matches, e.g. by its label. */
    protected static <T> T item(ComboBox<T> box, Predicate<T> matching) {
        return box.getListDataView().getItems().filter(matching).findFirst().orElseThrow();
    }

    protected static <T> T item(MultiSelectComboBox<T> box, Predicate<T> matching) {
        return box.getListDataView().getItems().filter(matching).findFirst().orElseThrow();
    }
}
