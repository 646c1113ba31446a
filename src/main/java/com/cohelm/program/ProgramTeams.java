package com.cohelm.program;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.security.Side;
import java.util.Comparator;
import java.util.HashSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What the program services share about a program's team, so that they cannot disagree: the details a
 * reader sees (the leads and each side's members, with what the reader may do), which {@link ProgramService}
 * reads and {@link ProgramEditService} answers after a change, and the activity entry for someone joining or
 * leaving, which {@link ProgramEditService} (the program form) and {@link ProgramMembershipService} (the
 * people pages) both record. It checks no access: its callers have decided it.
 */
@Component
class ProgramTeams {

    private final ProgramMemberRepository members;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;

    ProgramTeams(ProgramMemberRepository members, AccountDirectory directory, ActivityRecorder activity) {
        this.members = members;
        this.directory = directory;
        this.activity = activity;
    }

    /** The program as this access shows it: its customer, leads and members of each side, sorted by name. */
    ProgramDetails details(Program program, ProgramAccess access) {
        var memberIds = members.findByProgramId(program.getId()).stream().map(ProgramMember::getUserId)
                .collect(Collectors.toSet());
        var ids = new HashSet<>(memberIds);
        ids.add(program.getSupplierLeadId());
        ids.add(program.getCustomerLeadId());
        var people = directory.people(ids);
        var customer = directory.organization(program.getCustomerId()).orElseThrow();
        var byName = Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER);
        var memberList = memberIds.stream().map(people::get).sorted(byName).toList();
        return new ProgramDetails(program.getId(), program.getVersion(), program.getName(),
                program.getSuccessDefinition(), program.getStartDate(), program.getTargetEndDate(),
                program.getStatus(), customer, people.get(program.getSupplierLeadId()),
                people.get(program.getCustomerLeadId()),
                memberList.stream().filter(p -> p.side() == Side.SUPPLIER).toList(),
                memberList.stream().filter(p -> p.side() == Side.CUSTOMER).toList(),
                program.getUpdatedAt(), access.canEdit(), access.canContribute(),
                Stream.of(Side.values()).filter(access::mayEditSide).collect(Collectors.toUnmodifiableSet()));
    }

    /** Someone joined or left the program ({@code PROGRAM_MEMBER_ADDED} or {@code PROGRAM_MEMBER_REMOVED}). */
    void recordMembership(ActivityKind kind, Program program, PersonSummary person) {
        activity.record(ActivityEntry.of(kind)
                .organization(program.getCustomerId())
                .program(program.getId())
                .subject("user", person.id(), person.displayName()));
    }
}
