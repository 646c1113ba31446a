package com.cohelm.feedback.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.feedback.PulseService;
import com.cohelm.feedback.PulseView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;

/** A supplier lead opens a pulse for both sides, open until the day chosen. */
class OpenPulseDialog extends Dialog {

    OpenPulseDialog(PulseService pulseService, long programId, LocalDate today,
            SerializableConsumer<PulseView> onOpened) {
        addClassName("open-pulse-dialog");
        setHeaderTitle(getTranslation("feedback.pulse.open.title"));
        setWidth("min(30rem, 100vw)");
        var closesOn = new LocalizedDatePicker(getTranslation("feedback.pulse.open.closes-on"));
        closesOn.setMin(today);
        closesOn.setMax(today.plusDays(PulseService.PULSE_MAX_DAYS));
        closesOn.setMinErrorKey("feedback.error.closes-on");
        closesOn.setMaxErrorKey("feedback.error.closes-on");
        closesOn.setValue(today.plusDays(PulseService.PULSE_DAYS));
        closesOn.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("feedback.pulse.open.text")), closesOn);
        var open = new Button(getTranslation("feedback.pulse.open"), e -> {
            if (closesOn.getValue() == null || closesOn.isInvalid()) {
                closesOn.setErrorMessage(getTranslation("feedback.error.closes-on"));
                closesOn.setInvalid(true);
                return;
            }
            try {
                var pulse = pulseService.openPulse(programId, closesOn.getValue());
                close();
                onOpened.accept(pulse);
            } catch (InvalidInputException invalid) {
                closesOn.setErrorMessage(ServiceErrors.message(this, invalid));
                closesOn.setInvalid(true);
            }
        });
        open.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), open);
    }
}
