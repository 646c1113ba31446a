package com.cohelm.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** Filters offered as a select that may be left on "any": the same empty choice and labels on every page. */
public final class FilterSelects {

    private FilterSelects() {
    }

    /** Offers the values with an empty choice shown as {@code anyText}; the caller reacts to changes. */
    public static <T> void anyOf(Select<T> select, String label, List<T> values, String anyText,
            ItemLabelGenerator<T> valueLabel) {
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(anyText);
        labels(select, anyText, valueLabel);
    }

    /** Names the values again, e.g. once the page knows the organizations a side stands for. */
    public static <T> void labels(Select<T> select, String anyText, ItemLabelGenerator<T> valueLabel) {
        select.setItemLabelGenerator(value -> value == null ? anyText : valueLabel.apply(value));
    }
}
