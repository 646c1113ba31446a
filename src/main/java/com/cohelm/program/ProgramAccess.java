package com.cohelm.program;

import com.cohelm.security.CurrentUser;
import com.cohelm.security.Side;

/**
 * What the current user may do in one program they may see. Other features' services ask
 * {@link ProgramAccessPolicy} for it before they read or write anything of the program.
 *
 * @param canContribute add and change the program's work (goals, milestones, actions); not viewers
 * @param canEdit       change the program itself: name, dates, leads, members
 */
public record ProgramAccess(
        long programId,
        long customerId,
        CurrentUser user,
        boolean member,
        boolean canContribute,
        boolean canEdit) {

    /**
     * Whether the user may change one side's lead and team: supplier admins both sides, a lead only
     * their own side. Each side decides who speaks for it and who takes part.
     */
    public boolean mayEditSide(Side side) {
        return canEdit && (user.isSupplierAdmin() || user.side() == side);
    }

    /** Supplier-internal notes and ratings are for supplier staff only. */
    public boolean seesSupplierInternal() {
        return user.isSupplier();
    }
}
