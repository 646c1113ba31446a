package com.cohelm.program;

import com.cohelm.base.LikePattern;
import com.cohelm.security.CurrentUserService;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs the supplier's portfolio is made of: every program the current user may see (the rule of
 * {@link ProgramAccessPolicy}), with its customer's name, searched and filtered by the database. The other
 * features' figures of these programs are gathered by the health feature, one statement per feature.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PortfolioPrograms {

    private final PortfolioProgramRepository programs;
    private final ProgramAccessPolicy accessPolicy;
    private final CurrentUserService currentUser;

    PortfolioPrograms(PortfolioProgramRepository programs, ProgramAccessPolicy accessPolicy,
            CurrentUserService currentUser) {
        this.programs = programs;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
    }

    /**
     * The visible programs whose name or customer's name contains the filter's text, in the filter's status;
     * by customer, then program name. One statement, whatever the number of programs.
     */
    public List<PortfolioProgram> visible(ProgramFilter filter) {
        var scope = accessPolicy.scopeOf(currentUser.require());
        return programs.findVisible(scope, filter.status(), LikePattern.contains(filter.text()));
    }
}
