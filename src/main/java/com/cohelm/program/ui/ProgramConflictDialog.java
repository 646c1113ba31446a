package com.cohelm.program.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ui.Formats;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Someone saved the program while this user was editing it. Shows both versions side by side, field by
 * field, and lets the user keep theirs over the other, or take the other and drop theirs.
 */
class ProgramConflictDialog extends Dialog {

    record Difference(String field, String yours, String theirs) {
    }

    ProgramConflictDialog(ProgramDraft yours, ProgramDetails theirs, Map<Long, PersonSummary> people,
            SerializableRunnable keepMine, SerializableRunnable takeTheirs) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(48rem, 100vw)");
        add(new Paragraph(getTranslation("conflict.text")));

        var grid = new Grid<Difference>();
        grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field"));
        grid.addColumn(Difference::yours).setHeader(getTranslation("conflict.yours"));
        grid.addColumn(Difference::theirs).setHeader(getTranslation("conflict.theirs"));
        grid.setItems(differences(yours, theirs.toDraft(), people, theirs));
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

    private List<Difference> differences(ProgramDraft yours, ProgramDraft theirs, Map<Long, PersonSummary> people,
            ProgramDetails current) {
        var rows = new ArrayList<Difference>();
        add(rows, "program.name", yours.name(), theirs.name());
        add(rows, "program.success-definition", yours.successDefinition(), theirs.successDefinition());
        add(rows, "program.start", Formats.date(yours.startDate(), getLocale()),
                Formats.date(theirs.startDate(), getLocale()));
        add(rows, "program.target-end", Formats.date(yours.targetEndDate(), getLocale()),
                Formats.date(theirs.targetEndDate(), getLocale()));
        add(rows, "program.status", getTranslation("program.status." + yours.status().name()),
                getTranslation("program.status." + theirs.status().name()));
        add(rows, "program.supplier-lead", names(List.of(yours.supplierLeadId()), people),
                current.supplierLead().displayName());
        add(rows, "program.customer-lead", names(List.of(yours.customerLeadId()), people),
                current.customerLead().displayName());
        add(rows, "program.supplier-members", names(yours.supplierMemberIds(), people),
                current.supplierMembers().stream().map(PersonSummary::displayName).sorted()
                        .collect(Collectors.joining(", ")));
        add(rows, "program.customer-members", names(yours.customerMemberIds(), people),
                current.customerMembers().stream().map(PersonSummary::displayName).sorted()
                        .collect(Collectors.joining(", ")));
        return rows;
    }

    private void add(List<Difference> rows, String labelKey, String yours, String theirs) {
        if (!Objects.equals(yours, theirs)) {
            rows.add(new Difference(getTranslation(labelKey), yours, theirs));
        }
    }

    private static String names(Collection<Long> ids, Map<Long, PersonSummary> people) {
        return ids.stream().map(people::get).filter(Objects::nonNull).map(PersonSummary::displayName).sorted()
                .collect(Collectors.joining(", "));
    }
}
