package com.cohelm.shell;

import com.cohelm.activity.AccessAudit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that matches no page, or a page whose id the user may not see. */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends Composite<VerticalLayout>
        implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final AccessAudit accessAudit;

    NotFoundView(AccessAudit accessAudit) {
        this.accessAudit = accessAudit;
        getContent().add(new NotFoundContent());
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        DeniedAccess.record(accessAudit, event);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " · CoHelm";
    }
}
