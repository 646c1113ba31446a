package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.account.AccountService;
import com.cohelm.account.ProfileDetails;
import com.cohelm.account.ProfileDraft;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ConflictDialog;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Forms;
import com.cohelm.account.ui.UiPreferences;
import com.cohelm.security.SessionSignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The signed-in person's own account: name, job title, language, time zone, password, sessions. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final SessionSignIn sessionSignIn;
    private final TextField name = new TextField();
    private final TextField jobTitle = new TextField();
    private final Select<Locale> language = new Select<>();
    private final ComboBox<ZoneId> timeZone = new ComboBox<>();
    private final PasswordField currentPassword = new PasswordField();
    private final NewPasswordField newPassword = new NewPasswordField();
    private final TextLimit nameLimit = TextLimit.of(name, 200);
    private final TextLimit jobTitleLimit = TextLimit.of(jobTitle, 200);
    /** The profile as this page last read it: a save changes only the fields that differ from it. */
    private ProfileDraft read;

    ProfileView(AccountService accounts, SessionSignIn sessionSignIn) {
        this.accounts = accounts;
        this.sessionSignIn = sessionSignIn;
        addClassName("profile-view");
        var profile = accounts.profile();
        add(detailsCard(profile), emailNotificationsCard(), passwordCard(), sessionsCard());
    }

    /** The notification feature's own page holds the choices; the profile leads there. */
    private Component emailNotificationsCard() {
        var link = new Anchor("profile/notifications", getTranslation("profile.notifications.link"));
        link.addClassName("profile-notifications-link");
        return Cards.section(getTranslation("profile.notifications.title"),
                new Paragraph(getTranslation("profile.notifications.intro")), link);
    }

    private Component detailsCard(ProfileDetails profile) {
        name.setLabel(getTranslation("people.name"));
        name.setRequiredIndicatorVisible(true);
        jobTitle.setLabel(getTranslation("profile.job-title"));
        language.setLabel(getTranslation("profile.language"));
        language.setItems(UiPreferences.languages());
        language.setItemLabelGenerator(ProfileView::languageName);
        timeZone.setLabel(getTranslation("profile.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList());
        timeZone.setItemLabelGenerator(ZoneId::getId);
        show(profile);
        var email = new TextField(getTranslation("people.email"));
        email.setValue(profile.email());
        email.setReadOnly(true);
        var form = Forms.twoColumns();
        form.add(name, jobTitle, language, timeZone, email);
        var save = new Button(getTranslation("action.save"), e -> saveDetails());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        return Cards.section(getTranslation("profile.details"), form, save);
    }

    private Component passwordCard() {
        currentPassword.setLabel(getTranslation("profile.current-password"));
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        var form = Forms.twoColumns();
        form.add(currentPassword, newPassword);
        var change = new Button(getTranslation("profile.change-password"), e -> changePassword());
        return Cards.section(getTranslation("profile.password"), form,
                new Paragraph(getTranslation("profile.password.text")), change);
    }

    private Component sessionsCard() {
        var signOut = new Button(getTranslation("profile.sign-out-everywhere"), e -> confirmSignOutEverywhere());
        signOut.addThemeVariants(ButtonVariant.ERROR);
        return Cards.section(getTranslation("profile.sessions"),
                new Paragraph(getTranslation("profile.sessions.text")), signOut);
    }

    private void saveDetails() {
        if (!TextLimit.withinAll(nameLimit, jobTitleLimit)) {
            return;
        }
        var wanted = new ProfileDraft(name.getValue(), jobTitle.getValue(), language.getValue(), timeZone.getValue());
        try {
            var saved = accounts.updateProfile(read, wanted);
            // The session carries who is signed in: refreshed, the header and dates follow at once.
            sessionSignIn.refresh(saved.email());
            if (!saved.language().getLanguage().equals(getLocale().getLanguage())
                    || !saved.displayName().equals(read.displayName())) {
                UiPreferences.remember(saved.language());
                UI.getCurrent().getPage().reload();
                return;
            }
            show(saved);
            notifySuccess(getTranslation("profile.saved"));
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("displayName", name, "jobTitle", jobTitle, "language", language,
                    "timeZone", timeZone), name);
        } catch (ConcurrentEditException e) {
            ProfileDetails current = e.current();
            var theirs = current.toDraft();
            var rows = new ConflictDialog.Differences(this)
                    .field("people.name", wanted.displayName(), theirs.displayName())
                    .field("profile.job-title", blankToEmpty(wanted.jobTitle()), blankToEmpty(theirs.jobTitle()))
                    .field("profile.language", languageName(wanted.language()), languageName(theirs.language()))
                    .field("profile.time-zone", zoneName(wanted.timeZone()), zoneName(theirs.timeZone()));
            new ConflictDialog(rows.list(), () -> {
                // Keep mine: what this tab did not change takes the other tab's value, then save over it.
                if (Objects.equals(wanted.jobTitle(), blankToEmpty(read.jobTitle()))) {
                    jobTitle.setValue(blankToEmpty(theirs.jobTitle()));
                }
                if (Objects.equals(wanted.displayName(), read.displayName())) {
                    name.setValue(theirs.displayName());
                }
                if (Objects.equals(wanted.language(), read.language())) {
                    language.setValue(theirs.language());
                }
                if (Objects.equals(wanted.timeZone(), read.timeZone())) {
                    timeZone.setValue(theirs.timeZone());
                }
                read = theirs;
                saveDetails();
            }, () -> show(current)).open();
        }
    }

    /** Shows the stored profile and takes it as what this form read. */
    private void show(ProfileDetails profile) {
        read = profile.toDraft();
        name.setValue(profile.displayName());
        jobTitle.setValue(blankToEmpty(profile.jobTitle()));
        language.setValue(languageChoice(profile.language()));
        timeZone.setValue(profile.timeZone());
    }

    private static Locale languageChoice(Locale locale) {
        return UiPreferences.languages().stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static String languageName(Locale locale) {
        if (locale == null) {
            return "";
        }
        var label = locale.getDisplayLanguage(locale);
        return label.substring(0, 1).toUpperCase(locale) + label.substring(1);
    }

    private static String zoneName(ZoneId zone) {
        return zone == null ? "" : zone.getId();
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text;
    }

    private void changePassword() {
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            notifySuccess(getTranslation("profile.password.changed"));
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("currentPassword", currentPassword, "newPassword", newPassword),
                    newPassword);
        }
    }

    private void confirmSignOutEverywhere() {
        var confirm = new ConfirmDialog(getTranslation("profile.sign-out-everywhere"),
                getTranslation("profile.sign-out-everywhere.confirm"), getTranslation("profile.sign-out-everywhere"),
                e -> {
                    accounts.signOutEverywhere();
                    var request = VaadinService.getCurrentRequest();
                    UI.getCurrent().getPage().setLocation((request == null ? "" : request.getContextPath()) + "/login");
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static void notifySuccess(String text) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · CoHelm";
    }
}
