package com.cohelm.shell;

import com.cohelm.activity.AccessAudit;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place where an error that no view handled reaches the user: a short message in their
 * language, the details in the log only.
 */
@Component
class ErrorHandlingInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlingInitializer.class);

    private final AccessAudit accessAudit;

    ErrorHandlingInitializer(AccessAudit accessAudit) {
        this.accessAudit = accessAudit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(error -> {
            var cause = rootCause(error.getThrowable());
            var key = switch (cause) {
                case ResourceNotFoundException e -> {
                    recordRefusal();
                    yield "error.not-found";
                }
                case AccessDeniedException e -> {
                    recordRefusal();
                    yield "error.denied";
                }
                case ConcurrentEditException e -> "error.conflict";
                // A view that did not map a service's validation to its fields: still no "Something went wrong".
                case ConstraintViolationException e -> {
                    log.warn("Input refused by a service without a field to show it: {}", e.getMessage());
                    yield "error.invalid";
                }
                case InvalidInputException e -> {
                    log.warn("Input refused by a service without a field to show it: {}", e.getMessage());
                    yield "error.invalid";
                }
                default -> {
                    log.error("Unexpected error", error.getThrowable());
                    yield "error.unexpected";
                }
            };
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    var notification = Notification.show(ui.getTranslation(key), 6000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.ERROR);
                });
            }
        }));
    }

    /** A service call refused from a page: recorded with the page's address, unless the service did already. */
    private void recordRefusal() {
        var ui = UI.getCurrent();
        var address = ui == null ? null : "/" + ui.getInternals().getActiveViewLocation().getPath();
        accessAudit.deniedAtAddress("service", address);
    }

    private static Throwable rootCause(Throwable throwable) {
        var cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof ResourceNotFoundException || cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
