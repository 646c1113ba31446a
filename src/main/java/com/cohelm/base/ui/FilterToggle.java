package com.cohelm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A page's filters folded behind one "Filters" button on a phone, so that the list comes first: the button
 * says how many filters are set and whether the panel is open ({@code aria-expanded}, {@code aria-controls}).
 * On a wider window styles.css hides the button and always shows the filters.
 */
public final class FilterToggle extends Div {

    private static final AtomicLong PANELS = new AtomicLong();

    private final Button button = new Button(VaadinIcon.FILTER.create());
    private final Component panel;
    private final List<HasValue<?, ?>> filters;
    private boolean open;

    /** {@code panel} holds the filters (and whatever goes with them, such as an export link). */
    public FilterToggle(Component panel, HasValue<?, ?>... filters) {
        this.panel = panel;
        this.filters = List.of(filters);
        addClassName("filter-toggle");
        var id = panel.getId().orElseGet(() -> {
            var fresh = "filters-" + PANELS.incrementAndGet();
            panel.setId(fresh);
            return fresh;
        });
        panel.addClassName("filter-panel");
        button.addClassName("filter-toggle-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-controls", id);
        button.addClickListener(e -> setOpen(!open));
        this.filters.forEach(filter -> filter.addValueChangeListener(e -> label()));
        setOpen(false);
        add(button, panel);
    }

    public void setOpen(boolean open) {
        this.open = open;
        panel.getElement().getClassList().set("open", open);
        button.getElement().setAttribute("aria-expanded", String.valueOf(open));
        label();
    }

    public boolean isOpen() {
        return open;
    }

    private void label() {
        var set = filters.stream().filter(filter -> !filter.isEmpty()).count();
        button.setText(set == 0 ? getTranslation("filters.toggle") : getTranslation("filters.toggle.set", set));
    }
}
