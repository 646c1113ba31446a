package com.cohelm.schedule;

import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.base.Bounds;
import com.cohelm.base.DateRange;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The schedule's rules that more than one of its services applies: who may change a milestone, who proposes,
 * decides and withdraws a re-baseline, which days a milestone's dates may take, who may own a milestone.
 * Kept in one place so that {@link MilestoneService}, {@link SlipService}, {@link RebaselineService} and the
 * pages' flags ({@link ScheduleAssembler}) can never disagree.
 */
final class ScheduleRules {

    private ScheduleRules() {
    }

    /**
     * Decision 0023: a milestone is changed, marked done, reopened and slipped by the side that owns it (either
     * side for a joint one), and on that side by its owner, the side's lead of this program or the side's
     * admins (supplier admins; the customer's admins). Viewers change nothing; the other side answers slips.
     */
    static boolean mayChange(ProgramDetails program, OwnerSide ownerSide, long ownerId, CurrentUser user) {
        if (!program.canContribute() || !ownerSide.includes(user.side())) {
            return false;
        }
        var lead = user.isSupplier() ? program.supplierLead() : program.customerLead();
        return user.id() == ownerId || user.id() == lead.id() || user.isAdmin();
    }

    static boolean canEdit(ProgramDetails program, Milestone milestone, CurrentUser user) {
        return mayChange(program, milestone.getOwnerSide(), milestone.getOwnerId(), user);
    }

    /** Supplier admins speak for the supplier side; otherwise only a side's lead proposes. */
    static boolean mayPropose(ProgramDetails program, CurrentUser user) {
        return !user.isViewer() && (user.isSupplierAdmin() || isLead(program, user));
    }

    static boolean mayDecide(ProgramDetails program, RebaselineProposal proposal, CurrentUser user) {
        var decidingLead = proposal.decidingSide() == Side.SUPPLIER ? program.supplierLead() : program.customerLead();
        return !user.isViewer() && user.id() == decidingLead.id();
    }

    static boolean mayWithdraw(ProgramDetails program, RebaselineProposal proposal, CurrentUser user) {
        return !user.isViewer() && user.side() == proposal.getProposerSide()
                && (user.id() == proposal.getProposedBy() || isLead(program, user) || user.isSupplierAdmin());
    }

    private static boolean isLead(ProgramDetails program, CurrentUser user) {
        return user.id() == program.supplierLead().id() || user.id() == program.customerLead().id();
    }

    /**
     * The days a milestone's baseline, plan or done date may take: within a year of the program's dates
     * (decision 0033). Without it one date in 9999 drew a timeline of 18.8 MB.
     */
    static DateRange datesAllowed(ProgramDetails program, LocalDate today) {
        return Bounds.aroundProgram(program.startDate(), program.targetEndDate(), today);
    }

    /** The people of one side (or both, for null) who may own a milestone: its members and its lead. */
    static List<PersonSummary> people(ProgramDetails program, Side side) {
        var all = new ArrayList<PersonSummary>();
        if (side != Side.CUSTOMER) {
            all.add(program.supplierLead());
            all.addAll(program.supplierMembers());
        }
        if (side != Side.SUPPLIER) {
            all.add(program.customerLead());
            all.addAll(program.customerMembers());
        }
        return all.stream().collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new)).values().stream()
                .sorted(Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    static MilestoneRef ref(Milestone m, LocalDate today) {
        return new MilestoneRef(m.getId(), m.getTitle(), m.getBaselineDate(), m.getPlannedDate(),
                m.getDoneDate() != null, m.status(today) == MilestoneStatus.LATE);
    }

    /** How the activity log names a change to a milestone, its slips included. */
    static ActivityEntry entry(ActivityKind kind, ProgramDetails program, Milestone milestone) {
        return ActivityEntry.of(kind).organization(program.customer().id()).program(program.id())
                .subject("milestone", milestone.getId(), milestone.getTitle());
    }
}
