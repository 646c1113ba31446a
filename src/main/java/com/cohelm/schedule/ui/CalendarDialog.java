package com.cohelm.schedule.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.schedule.CalendarSubscription;
import com.cohelm.schedule.MilestoneCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.ZoneId;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The reader's calendar subscription to the program's milestones. A new secret address is shown once,
 * right after it is made; a lost one is replaced, and revoking stops it at once.
 */
class CalendarDialog extends Dialog {

    private final MilestoneCalendar calendar;
    private final long programId;
    private final ZoneId zone;
    private final Div content = new Div();

    CalendarDialog(MilestoneCalendar calendar, long programId, ZoneId zone) {
        this.calendar = calendar;
        this.programId = programId;
        this.zone = zone;
        addClassName("calendar-dialog");
        setHeaderTitle(getTranslation("calendar.title"));
        setWidth("min(40rem, 100vw)");
        add(new Paragraph(getTranslation("calendar.intro")), content);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        show(calendar.subscription(programId));
    }

    private void show(CalendarSubscription subscription) {
        content.removeAll();
        if (subscription.address() != null) {
            var address = new TextField(getTranslation("calendar.address"));
            address.setValue(absolute(subscription.address()));
            address.setReadOnly(true);
            address.setWidthFull();
            address.addClassName("calendar-address");
            content.add(address, new Paragraph(getTranslation("calendar.address.once")));
        } else if (subscription.active()) {
            var since = Formats.dateTime(subscription.createdAt(), getLocale(), zone);
            content.add(new Paragraph(subscription.lastUsedAt() == null ? getTranslation("calendar.active", since)
                    : getTranslation("calendar.active.used", since,
                            Formats.dateTime(subscription.lastUsedAt(), getLocale(), zone))));
        } else {
            content.add(new Paragraph(getTranslation("calendar.none")));
        }
        var create = new Button(getTranslation(subscription.active() ? "calendar.replace" : "calendar.create"),
                e -> show(calendar.subscribe(programId)));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var actions = new Div(create);
        if (subscription.active()) {
            var revoke = new Button(getTranslation("calendar.revoke"), e -> {
                calendar.revoke(programId);
                show(CalendarSubscription.none());
            });
            revoke.addThemeVariants(ButtonVariant.ERROR);
            actions.add(revoke);
        }
        actions.addClassName("dialog-actions");
        content.add(actions);
    }

    /** The address as a calendar app needs it: absolute, on the host the reader uses CoHelm at. */
    private static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? path
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/" + path)
                        .toUriString();
    }
}
