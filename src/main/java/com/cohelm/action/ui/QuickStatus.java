package com.cohelm.action.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.TextLimit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Arrays;

/**
 * The status of an item where the reader may change it in one step, as a badge where they may not.
 * BLOCKED first asks what the item waits on. An open question offers no DONE: its answer closes it.
 */
final class QuickStatus {

    private QuickStatus() {
    }

    static Component of(Component owner, ActionService actionService, ActionItemView item,
            SerializableConsumer<ActionItemView> changed) {
        if (!item.mayChange() || item.question() && !item.status().isOpen()) {
            return ActionBadges.status(owner, item.status());
        }
        var select = new Select<ActionStatus>();
        select.addThemeVariants(SelectVariant.SMALL);
        select.addClassName("quick-status");
        select.setAriaLabel(owner.getTranslation("actions.form.status"));
        select.setItems(Arrays.stream(ActionStatus.values()).filter(s -> !item.question() || s.isOpen()).toList());
        select.setItemLabelGenerator(s -> owner.getTranslation("actions.status." + s.name()));
        select.setValue(item.status());
        select.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue() == item.status()) {
                return;
            }
            if (e.getValue() == ActionStatus.BLOCKED) {
                askWhatItWaitsOn(owner, blockedOn -> change(owner, actionService, item, ActionStatus.BLOCKED,
                        blockedOn, changed), () -> select.setValue(item.status()));
            } else {
                change(owner, actionService, item, e.getValue(), null, changed);
            }
        });
        return select;
    }

    private static void change(Component owner, ActionService actionService, ActionItemView item,
            ActionStatus status, String blockedOn, SerializableConsumer<ActionItemView> changed) {
        try {
            var saved = actionService.changeStatus(item.programId(), item.id(), item.version(), status, blockedOn);
            Notification.show(owner.getTranslation("actions.status.changed"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            changed.accept(saved);
        } catch (ConcurrentEditException e) {
            Notification.show(owner.getTranslation("actions.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            changed.accept(e.current());
        } catch (InvalidInputException e) {
            Notification.show(ServiceErrors.message(owner, e), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            changed.accept(item);
        }
    }

    private static void askWhatItWaitsOn(Component owner, SerializableConsumer<String> blocked,
            SerializableRunnable cancelled) {
        var dialog = new Dialog();
        dialog.addClassName("blocked-on-dialog");
        dialog.setHeaderTitle(owner.getTranslation("actions.status.blocked.title"));
        var waitsOn = new TextField(owner.getTranslation("actions.form.blocked-on"));
        var waitsOnLimit = TextLimit.of(waitsOn, 500);
        waitsOn.setWidthFull();
        dialog.add(waitsOn);
        var save = new Button(owner.getTranslation("actions.status.blocked.save"), e -> {
            if (waitsOn.getValue().isBlank()) {
                waitsOn.setErrorMessage(owner.getTranslation("actions.error.blocked-on"));
                waitsOn.setInvalid(true);
                return;
            }
            if (!waitsOnLimit.within()) {
                return;
            }
            dialog.close();
            blocked.accept(waitsOn.getValue());
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> {
            dialog.close();
            cancelled.run();
        }), save);
        dialog.open();
    }
}
