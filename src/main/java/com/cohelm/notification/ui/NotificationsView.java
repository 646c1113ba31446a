package com.cohelm.notification.ui;

import com.cohelm.base.ui.Accessibility;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Navigation;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RowCard;
import com.cohelm.notification.NotificationFilter;
import com.cohelm.notification.NotificationService;
import com.cohelm.notification.NotificationView;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.springframework.data.domain.PageRequest;

/**
 * All my notifications, newest first, unread only or all: opening one marks it read and goes to what it
 * is about; one or all can be marked read here.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final ZoneId zone;
    private final RadioButtonGroup<NotificationFilter> filter = new RadioButtonGroup<>();
    private final Grid<NotificationView> grid = new Grid<>();

    NotificationsView(NotificationService notifications, CurrentUserService currentUser) {
        this.notifications = notifications;
        this.zone = currentUser.require().timeZone();
        addClassName("notifications-view");
        setSizeFull();

        filter.setLabel(getTranslation("notifications.filter"));
        filter.setItems(NotificationFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("notifications.filter." + f.name()));
        filter.setValue(NotificationFilter.UNREAD);
        filter.addValueChangeListener(e -> refresh());
        var markAll = new Button(getTranslation("notifications.mark-all-read"), VaadinIcon.CHECK_SQUARE_O.create(),
                e -> {
                    notifications.markAllRead();
                    refresh();
                });
        var settings = new Anchor("profile/notifications", getTranslation("notifications.settings.link"));
        settings.addClassName("notification-settings-link");
        var toolbar = new Div(filter, markAll, settings);
        toolbar.addClassName("notifications-toolbar");
        add(toolbar);

        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("notifications-grid");
        grid.setSizeFull();
        grid.addColumn(new ComponentRenderer<>(this::sentence)).setHeader(getTranslation("notifications.column.what"))
                .setKey("what").setFlexGrow(3);
        grid.addColumn(NotificationView::programName).setHeader(getTranslation("notifications.column.program"))
                .setKey("program").setFlexGrow(1);
        grid.addColumn(this::when)
                .setHeader(getTranslation("notifications.column.when")).setKey("when").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::buttons)).setKey("buttons")
                .setHeader(Accessibility.buttonsHeader(this)).setWidth("10rem").setFlexGrow(0);
        PhoneLayout.cardsOnPhone(grid, getTranslation("notifications.title"), n -> new RowCard(sentence(n))
                .meta(n.programName(), when(n)).line(buttons(n)));
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return notifications.mine(filter.getValue(), PageRequest.of(page.getPageNumber(), page.getPageSize()))
                    .stream();
        }, query -> (int) notifications.count(filter.getValue())).setIdentifierProvider(NotificationView::id);
        add(grid);
    }

    private Component sentence(NotificationView notification) {
        var open = new Button(getTranslation(notification.sentenceKey(), notification.sentenceArguments(getLocale())),
                e -> open(notification));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("notification-open");
        if (!notification.read()) {
            open.addClassName("unread");
        }
        return open;
    }

    private String when(NotificationView notification) {
        return Formats.dateTime(notification.createdAt(), getLocale(), zone);
    }

    private Component buttons(NotificationView notification) {
        if (notification.read()) {
            return new Span();
        }
        var read = new Button(getTranslation("notifications.mark-read"), e -> {
            notifications.markRead(notification.id());
            refresh();
        });
        read.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return read;
    }

    private void open(NotificationView notification) {
        Navigation.to(UI.getCurrent(), notifications.open(notification.id()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · CoHelm";
    }
}
