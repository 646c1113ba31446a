package com.cohelm.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * Someone saved the same thing while this user was editing it. Shows both versions side by side, field
 * by field, and lets the user keep theirs over the other, or take the other and drop theirs. Nothing is
 * lost silently either way.
 */
public class ConflictDialog extends Dialog {

    /** One field that differs: its label, the user's value and the saved value. */
    public record Difference(String field, String yours, String theirs) {
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
