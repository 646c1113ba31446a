package com.cohelm.shell;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Navigation;
import com.cohelm.notification.NotificationBroadcaster;
import com.cohelm.notification.NotificationService;
import com.cohelm.notification.NotificationView;
import com.cohelm.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;

/**
 * The header's bell: my unread notifications' count, read again at every navigation and pushed when one
 * arrives, and the latest few in a popover. It lives in the shell's package because the shell shows it;
 * everything it knows comes from {@link NotificationService}.
 */
final class NotificationBell extends Div {

    static final int LATEST = 8;

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser user;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private Registration registration;

    NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster, CurrentUser user) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.user = user;
        addClassName("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("notification-bell-button");
        badge.addClassName("notification-count");
        add(button, badge);

        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(26rem, 95vw)");
        popover.addClassName("notification-popover");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        list.addClassName("notification-popover-list");
        var all = new Anchor("notifications", getTranslation("notifications.see-all"));
        all.addClassName("notification-see-all");
        var markAll = new Button(getTranslation("notifications.mark-all-read"), e -> {
            notifications.markAllRead();
            refresh();
            fill();
        });
        markAll.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var footer = new Div(all, markAll);
        footer.addClassName("notification-popover-footer");
        popover.add(list, footer);
        add(popover);
        // The count is read by refresh(), which the layout calls after every navigation, the first included.
    }

    /** Reads the count again: at every navigation, and when a new notification is announced. */
    void refresh() {
        var unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        var label = getTranslation("notifications.bell", unread);
        button.setAriaLabel(label);
        button.setTooltipText(label);
    }

    private void fill() {
        list.removeAll();
        var latest = notifications.latest(LATEST);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notifications.empty")));
        }
        latest.forEach(n -> list.add(entry(n)));
    }

    private Component entry(NotificationView notification) {
        var text = new Span(getTranslation(notification.sentenceKey(), notification.sentenceArguments(getLocale())));
        var when = new Span(Formats.dateTime(notification.createdAt(), getLocale(), user.timeZone()));
        when.addClassName("notification-when");
        var entry = new Div(text, when);
        entry.addClassName("notification-entry");
        if (!notification.read()) {
            entry.addClassName("unread");
        }
        entry.getElement().setAttribute("role", "link");
        entry.getElement().setAttribute("tabindex", "0");
        entry.addClickListener(e -> open(notification));
        return entry;
    }

    private void open(NotificationView notification) {
        popover.close();
        Navigation.to(UI.getCurrent(), notifications.open(notification.id()));
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        registration = broadcaster.register(user.id(), id -> {
            try {
                ui.access(this::refresh);
            } catch (UIDetachedException e) {
                // the page closed meanwhile: its detach removes the registration
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
