package com.cohelm.account;

import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.security.Appearance;
import com.cohelm.security.CurrentUserService;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What signed-in people do with their own account.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final UserAccountRepository users;
    private final CurrentUserService currentUser;
    private final ActivityRecorder activity;

    AccountService(UserAccountRepository users, CurrentUserService currentUser, ActivityRecorder activity) {
        this.users = users;
        this.currentUser = currentUser;
        this.activity = activity;
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
        account.setPreferences(language.getLanguage(), timeZone.getId());
        activity.record(ActivityEntry.of(ActivityKind.PREFERENCES_CHANGED)
                .organization(me.organizationId())
                .subject("user", me.id(), me.displayName())
                .change(before, language.getLanguage() + " " + timeZone.getId()));
    }
}
