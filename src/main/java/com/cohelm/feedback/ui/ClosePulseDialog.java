package com.cohelm.feedback.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.ui.Formats;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.PulseService;
import com.cohelm.feedback.PulseView;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A supplier lead confirms closing a pulse, told first what closing reveals of each side: a side with the
 * minimum of answers shows its averages (and the customer side its net promoter score) and comments to both
 * sides; a side below it shows nothing but its count, ever, since a closed pulse takes no more answers.
 * Internal supplier answers count for the supplier's own figures only. The lead always reads as a supplier,
 * so the counts it has include the internal answers.
 */
class ClosePulseDialog extends ConfirmDialog {

    ClosePulseDialog(PulseService pulseService, FeedbackPage page, PulseView pulse, Runnable onDone) {
        addClassName("close-pulse-dialog");
        setHeader(getTranslation("feedback.pulse.close.title", Formats.period(pulse.title(), getLocale())));
        var text = new Div();
        text.addClassName("close-pulse-text");
        if (pulse.revealed()) {
            text.add(new Paragraph(getTranslation("feedback.pulse.close.revealed")));
        } else {
            text.add(new Paragraph(getTranslation("feedback.pulse.close.intro", page.minimumAnswersPerSide())));
            text.add(sides(page, pulse));
        }
        setText(text);
        setCancelable(true);
        setCancelText(getTranslation("feedback.pulse.close.cancel"));
        setConfirmText(getTranslation("feedback.pulse.close.confirm"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> {
            try {
                pulseService.closePulse(page.programId(), pulse.id(), pulse.version());
            } catch (ConcurrentEditException conflict) {
                Notification.show(getTranslation("feedback.conflict"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.WARNING);
            }
            onDone.run();
        });
    }

    /** One line per side, then what becomes of the perception gap. */
    private UnorderedList sides(FeedbackPage page, PulseView pulse) {
        var minimum = page.minimumAnswersPerSide();
        var customer = page.customerName();
        var supplier = page.supplierName();
        var customers = pulse.customerAnswered();
        var internal = pulse.internalAnswers();
        var all = pulse.supplierAnswered();
        var seenByCustomers = all - internal;
        var list = new UnorderedList();
        list.addClassName("close-pulse-sides");
        var customerShown = customers >= minimum;
        list.add(new ListItem(customerShown
                ? getTranslation("feedback.pulse.close.customer.shown", customer, customers)
                : getTranslation("feedback.pulse.close.withheld", customer, customers, minimum)));
        String supplierLine;
        if (seenByCustomers >= minimum) {
            supplierLine = internal == 0 ? getTranslation("feedback.pulse.close.supplier.shown", supplier, all)
                    : getTranslation("feedback.pulse.close.supplier.shown-internal", supplier, all, internal, customer);
        } else if (all >= minimum) {
            supplierLine = getTranslation("feedback.pulse.close.supplier.own-side-only", supplier, all, internal,
                    customer, seenByCustomers, minimum);
        } else {
            supplierLine = getTranslation("feedback.pulse.close.withheld", supplier, all, minimum);
        }
        list.add(new ListItem(supplierLine));
        String gap;
        if (!customerShown || all < minimum) {
            gap = getTranslation("feedback.pulse.close.gap.none");
        } else if (seenByCustomers < minimum) {
            gap = getTranslation("feedback.pulse.close.gap.own-side", customer);
        } else {
            gap = getTranslation("feedback.pulse.close.gap.both");
        }
        list.add(new ListItem(gap));
        return list;
    }
}
