package com.cohelm.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.cohelm.notification.EmailDelivery;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestPrograms;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The email settings page saves only what changed: saved untouched, whether the person never saved (the
 * defaults stay defaults, no row is written) or saved before, it changes no row; one choice changed changes
 * that choice's row and the settings' version only.
 */
class NotificationSettingsEditTest extends EditDialogTest {

    private static final String SLIPS = "A milestone I own or depend on slips";

    @Autowired
    TestPrograms testPrograms;

    private void openSettings(String who) {
        login(who);
        navigate("profile/notifications");
    }

    @SuppressWarnings("unchecked")
    private static Select<EmailDelivery> choice(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    /** A person who saved once, choosing the weekly digest for slips. */
    private String personWhoSavedOnce() {
        var person = testPrograms.create("Email settings").customerMember();
        openSettings(person);
        _setValue(choice(SLIPS), EmailDelivery.WEEKLY);
        click("Save email settings");
        return person;
    }

    @Test
    void savingTheDefaultsUntouchedWritesNothing() {
        var person = testPrograms.create("Email settings").customerMember();
        assertNothingChanged(changesOf(() -> {
            openSettings(person);
            click("Save email settings");
        }));
    }

    @Test
    void savingStoredSettingsUntouchedChangesNothing() {
        var person = personWhoSavedOnce();
        assertNothingChanged(changesOf(() -> {
            freshSession(person);
            openSettings(person);
            click("Save email settings");
        }));
    }

    @Test
    void changingOneChoiceChangesOnlyThatChoice() {
        var person = personWhoSavedOnce();
        var changes = changesOf(() -> {
            freshSession(person);
            openSettings(person);
            _setValue(choice(SLIPS), EmailDelivery.OFF);
            click("Save email settings");
        });
        assertOnlyChanged(changes, List.of(), "notification_delivery.delivery", "notification_settings.updated_at",
                "notification_settings.version");
    }
}
