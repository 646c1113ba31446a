package com.cohelm.notification.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.Forms;
import com.cohelm.notification.EmailDelivery;
import com.cohelm.notification.EmailSettings;
import com.cohelm.notification.NotificationKind;
import com.cohelm.notification.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;

/** My email choice for each kind of notification: at once, in the daily or weekly digest, or never. */
@Route("profile/notifications")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Map<NotificationKind, Select<EmailDelivery>> fields = new EnumMap<>(NotificationKind.class);
    private Long version;

    NotificationSettingsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notification-settings-view");
        var back = new Anchor("profile", getTranslation("notifications.settings.back"));
        back.addClassName("back-link");
        var form = Forms.twoColumns();
        for (var kind : NotificationKind.values()) {
            var select = new Select<EmailDelivery>();
            select.setLabel(getTranslation("notifications.kind." + kind.name()));
            select.setItems(EmailDelivery.values());
            select.setItemLabelGenerator(d -> getTranslation("notifications.delivery." + d.name()));
            select.setEmptySelectionAllowed(false);
            fields.put(kind, select);
            form.add(select);
        }
        var save = new Button(getTranslation("notifications.settings.save"), e -> save(version));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(back, Cards.section(getTranslation("notifications.settings.title"),
                new Paragraph(getTranslation("notifications.settings.intro")), form, save));
        show(notifications.emailSettings());
    }

    private void show(EmailSettings settings) {
        version = settings.version();
        settings.deliveries().forEach((kind, delivery) -> {
            fields.get(kind).setValue(delivery);
            fields.get(kind).setInvalid(false);
        });
    }

    private Map<NotificationKind, EmailDelivery> chosen() {
        var chosen = new EnumMap<NotificationKind, EmailDelivery>(NotificationKind.class);
        fields.forEach((kind, field) -> {
            if (field.getValue() != null) {
                chosen.put(kind, field.getValue());
            }
        });
        return chosen;
    }

    private void save(Long expectedVersion) {
        var mine = chosen();
        try {
            show(notifications.saveEmailSettings(expectedVersion, mine));
            Notification.show(getTranslation("notifications.settings.saved"));
        } catch (InvalidInputException e) {
            var field = fields.get(NotificationKind.valueOf(e.field()));
            field.setErrorMessage(ServiceErrors.message(this, e));
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            EmailSettings theirs = e.current();
            var rows = new ConflictDialog.Differences(this);
            for (var kind : NotificationKind.values()) {
                rows.field("notifications.kind." + kind.name(), label(mine.get(kind)),
                        label(theirs.deliveries().get(kind)));
            }
            new ConflictDialog(rows.list(), () -> save(theirs.version()), () -> show(theirs)).open();
        }
    }

    private String label(EmailDelivery delivery) {
        return delivery == null ? "" : getTranslation("notifications.delivery." + delivery.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.settings.title") + " · CoHelm";
    }
}
