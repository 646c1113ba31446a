package com.cohelm.shell;

import com.cohelm.activity.AccessAudit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in user's role does not open (a customer asking for the portfolio, a member for the
 * audit log): shown exactly like {@link NotFoundView}, so nobody learns which pages exist for others, and
 * recorded in the audit log.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Composite<VerticalLayout>
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final AccessAudit accessAudit;

    AccessDeniedView(AccessAudit accessAudit) {
        this.accessAudit = accessAudit;
        getContent().add(new NotFoundContent());
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        DeniedAccess.record(accessAudit, event);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " · CoHelm";
    }
}
