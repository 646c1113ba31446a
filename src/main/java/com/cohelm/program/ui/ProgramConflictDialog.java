package com.cohelm.program.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.ConflictDialog.Difference;
import com.cohelm.base.ui.ConflictDialog.Differences;
import com.cohelm.base.ui.Formats;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The program's fields that differ between the user's draft and the version saved meanwhile. */
final class ProgramConflictDialog {

    private ProgramConflictDialog() {
    }

    static ConflictDialog of(Component owner, ProgramDraft yours, ProgramDetails current,
            Map<Long, PersonSummary> people, SerializableRunnable keepMine, SerializableRunnable takeTheirs) {
        return new ConflictDialog(differences(owner, yours, current, people), keepMine, takeTheirs);
    }

    private static List<Difference> differences(Component owner, ProgramDraft yours, ProgramDetails current,
            Map<Long, PersonSummary> people) {
        var theirs = current.toDraft();
        var locale = owner.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH);
        var rows = new Differences(owner);
        rows.field("program.name", yours.name(), theirs.name());
        rows.field("program.success-definition", yours.successDefinition(), theirs.successDefinition());
        rows.field("program.start", Formats.date(yours.startDate(), locale), Formats.date(theirs.startDate(), locale));
        rows.field("program.target-end", Formats.date(yours.targetEndDate(), locale),
                Formats.date(theirs.targetEndDate(), locale));
        rows.field("program.status", owner.getTranslation("program.status." + yours.status().name()),
                owner.getTranslation("program.status." + theirs.status().name()));
        rows.field("program.supplier-lead", names(List.of(yours.supplierLeadId()), people),
                current.supplierLead().displayName());
        rows.field("program.customer-lead", names(List.of(yours.customerLeadId()), people),
                current.customerLead().displayName());
        rows.field("program.supplier-members", names(yours.supplierMemberIds(), people),
                current.supplierMembers().stream().map(PersonSummary::displayName).sorted()
                        .collect(Collectors.joining(", ")));
        rows.field("program.customer-members", names(yours.customerMemberIds(), people),
                current.customerMembers().stream().map(PersonSummary::displayName).sorted()
                        .collect(Collectors.joining(", ")));
        return rows.list();
    }


    private static String names(Collection<Long> ids, Map<Long, PersonSummary> people) {
        return ids.stream().map(people::get).filter(Objects::nonNull).map(PersonSummary::displayName).sorted()
                .collect(Collectors.joining(", "));
    }
}
