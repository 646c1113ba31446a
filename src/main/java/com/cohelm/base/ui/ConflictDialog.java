package com.cohelm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Someone saved the same thing while this user was editing it. Shows both versions side by side, field
 * by field, and lets the user keep theirs over the other, or take the other and drop theirs. Nothing is
 * lost silently either way.
 */
public class ConflictDialog extends Dialog {

    /** One field that differs: its label, the user's value and the saved value. */
    public record Difference(String field, String yours, String theirs) {
    }

    /** Collects the fields whose two versions differ, each labelled in the reader's language. */
    public static final class Differences {

        private final Component owner;
        private final List<Difference> rows = new ArrayList<>();

        /** @param owner the component whose locale translates the labels */
        public Differences(Component owner) {
            this.owner = owner;
        }

        /** Adds the field when the two values differ; equal values are left out. */
        public Differences field(String labelKey, String yours, String theirs) {
            if (!Objects.equals(yours, theirs)) {
                rows.add(new Difference(owner.getTranslation(labelKey), yours, theirs));
            }
            return this;
        }

        public List<Difference> list() {
            return List.copyOf(rows);
        }
    }

    public ConflictDialog(List<Difference> differences, SerializableRunnable keepMine, SerializableRunnable takeTheirs) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(48rem, 100vw)");
        add(new Paragraph(getTranslation("conflict.text")));

        var grid = new Grid<Difference>();
        grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field"));
        grid.addColumn(Difference::yours).setHeader(getTranslation("conflict.yours"));
        grid.addColumn(Difference::theirs).setHeader(getTranslation("conflict.theirs"));
        grid.setItems(differences);
        grid.setAllRowsVisible(true);
        add(grid);

        var mine = new Button(getTranslation("conflict.keep-mine"), e -> {
            close();
            keepMine.run();
        });
        mine.addThemeVariants(ButtonVariant.ERROR);
        var other = new Button(getTranslation("conflict.take-theirs"), e -> {
            close();
            takeTheirs.run();
        });
        other.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(mine, other);
    }
}
