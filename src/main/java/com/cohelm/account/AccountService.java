package com.cohelm.account;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.base.PlainText;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.FieldMerge;
import com.cohelm.base.InvalidInputException;
import com.cohelm.security.ActiveSessions;
import com.cohelm.security.Appearance;
import com.cohelm.security.CurrentUserService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signed-in people do with their own account.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private static final int TEXT_LIMIT = 200;

    private final UserAccountRepository users;
    private final OrganizationLogoRepository logos;
    private final LogoCatalog logoCatalog;
    private final CurrentUserService currentUser;
    private final ActivityRecorder activity;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ActiveSessions sessions;
    private final Clock clock;

    AccountService(UserAccountRepository users, OrganizationLogoRepository logos, LogoCatalog logoCatalog,
            CurrentUserService currentUser,
            ActivityRecorder activity, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
            ActiveSessions sessions, Clock clock) {
        this.users = users;
        this.logos = logos;
        this.logoCatalog = logoCatalog;
        this.currentUser = currentUser;
        this.activity = activity;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProfileDetails profile() {
        var account = me();
        return new ProfileDetails(account.getEmail(), account.getDisplayName(), account.getJobTitle(),
                Locale.forLanguageTag(account.getLanguage()), ZoneId.of(account.getTimeZone()),
                account.getOrganization().getName());
    }

    /**
     * Saves the fields the person changed on the form, {@code read} being what the form showed. Fields
     * they left alone keep what is stored, so another tab's change to them survives (the account's version
     * moves at every sign-in, so the profile is compared field by field, not by version; decision 0032).
     * A field both changed to different values is a {@link ConcurrentEditException} carrying what is stored
     * now, and nothing is saved. Language and time zone apply at once.
     */
    public ProfileDetails updateProfile(ProfileDraft read, ProfileDraft draft) {
        var account = me();
        var name = draft.displayName() == null ? "" : PlainText.line(draft.displayName());
        if (name.isEmpty()) {
            throw new InvalidInputException("displayName", "validation.required");
        }
        if (name.length() > TEXT_LIMIT) {
            throw new InvalidInputException("displayName", "people.error.name-too-long");
        }
        var typedTitle = PlainText.line(draft.jobTitle());
        var title = typedTitle == null || typedTitle.isEmpty() ? null : typedTitle;
        if (title != null && title.length() > TEXT_LIMIT) {
            throw new InvalidInputException("jobTitle", "people.error.name-too-long");
        }
        if (draft.language() == null) {
            throw new InvalidInputException("language", "validation.required");
        }
        if (draft.timeZone() == null) {
            throw new InvalidInputException("timeZone", "validation.required");
        }
        var merge = new FieldMerge();
        var newName = merge.pick(read.displayName() == null ? null : read.displayName().strip(), name,
                account.getDisplayName());
        var newTitle = merge.pick(blankToNull(read.jobTitle()), title, account.getJobTitle());
        var newLanguage = merge.pick(read.language() == null ? null : read.language().getLanguage(),
                draft.language().getLanguage(), account.getLanguage());
        var newZone = merge.pick(read.timeZone() == null ? null : read.timeZone().getId(), draft.timeZone().getId(),
                account.getTimeZone());
        if (merge.conflict()) {
            throw new ConcurrentEditException(profile());
        }
        var before = describe(account);
        if (!before.equals(String.join(" · ", newName, String.valueOf(newTitle), newLanguage, newZone))) {
            account.updateProfile(newName, newTitle);
            account.setPreferences(newLanguage, newZone);
            activity.record(ActivityEntry.of(ActivityKind.PROFILE_UPDATED)
                    .organization(account.getOrganization().getId())
                    .subject("user", account.getId(), newName)
                    .change(before, describe(account)));
        }
        return profile();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Changes the password, given the current one; the person's other sessions end (someone who
     * changes a password they fear is known wants the others out), this one stays.
     */
    public void changePassword(String currentPassword, String newPassword) {
        var account = me();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "profile.error.current-password");
        }
        passwordPolicy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        account.changePassword(passwordEncoder.encode(newPassword));
        var cutoff = account.endSessionsSignedInBefore(clock.instant());
        users.saveAndFlush(account);
        activity.record(ActivityEntry.of(ActivityKind.PASSWORD_CHANGED)
                .organization(account.getOrganization().getId())
                .subject("user", account.getId(), account.getDisplayName()));
        sessions.endOthers(account.getId(), cutoff);
    }

    /**
     * Ends every session of the person, this one included, on every node (decision 0039). Returns how many ended
     * on this node.
     */
    public int signOutEverywhere() {
        var account = me();
        account.endSessionsSignedInBefore(clock.instant());
        activity.record(ActivityEntry.of(ActivityKind.SIGNED_OUT_EVERYWHERE)
                .organization(account.getOrganization().getId())
                .subject("user", account.getId(), account.getDisplayName()));
        return sessions.endAll(account.getId());
    }

    /** Whether the person's own organization has a logo: asked by the header of every page, without a query. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean hasOrganizationLogo() {
        return logoCatalog.has(currentUser.require().organizationId());
    }

    /** The logo of the person's own organization, loaded when the browser asks for the header's image. */
    @Transactional(readOnly = true)
    public Optional<LogoImage> myOrganizationLogo() {
        return logos.findById(currentUser.require().organizationId()).map(OrganizationLogo::toImage);
    }

    private UserAccount me() {
        return users.findAllWithOrganization(List.of(currentUser.require().id())).stream().findFirst().orElseThrow();
    }

    private static String describe(UserAccount account) {
        return String.join(" · ", account.getDisplayName(), String.valueOf(account.getJobTitle()),
                account.getLanguage(), account.getTimeZone());
    }

    /** Keeps the light or dark appearance the person chose for their next visits. */
    public void updateAppearance(Appearance appearance) {
        var me = currentUser.require();
        users.findById(me.id()).orElseThrow().setAppearance(appearance);
    }

    /** Keeps the language and time zone the person chose for their next visits. */
    public void updatePreferences(Locale language, ZoneId timeZone) {
        var me = currentUser.require();
        var account = users.findById(me.id()).orElseThrow();
        var before = account.getLanguage() + " " + account.getTimeZone();
        var after = language.getLanguage() + " " + timeZone.getId();
        if (before.equals(after)) {
            return; // the language chosen again: nothing changed, nothing to record
        }
        account.setPreferences(language.getLanguage(), timeZone.getId());
        activity.record(ActivityEntry.of(ActivityKind.PREFERENCES_CHANGED)
                .organization(me.organizationId())
                .subject("user", me.id(), me.displayName())
                .change(before, after));
    }
}
