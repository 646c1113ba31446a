package com.cohelm.shell;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.activity.AccessAudit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A service said "not found" while a page was opening: shown exactly like {@link NotFoundView}. */
@PermitAll
@ParentLayout(MainLayout.class)
public class ResourceNotFoundView extends Composite<VerticalLayout>
        implements HasErrorParameter<ResourceNotFoundException>, HasDynamicTitle {

    private final AccessAudit accessAudit;

    ResourceNotFoundView(AccessAudit accessAudit) {
        this.accessAudit = accessAudit;
        getContent().add(new NotFoundContent());
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ResourceNotFoundException> parameter) {
        DeniedAccess.record(accessAudit, event);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " · CoHelm";
    }
}
