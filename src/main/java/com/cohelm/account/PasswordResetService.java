package com.cohelm.account;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.mail.MailRequest;
import com.cohelm.base.mail.Mailer;
import com.cohelm.base.mail.PublicAddress;
import com.cohelm.security.ActiveSessions;
import com.cohelm.security.SignInThrottle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I forgot my password", for someone who is not signed in. Asking answers the same whether or not the
 * email belongs to anyone; the link in the mail works once, for at most an hour, and using it ends
 * every open session of the person.
 */
@Service
@Transactional
public class PasswordResetService {

    /** One mail a minute per person at most, so the form cannot be used to flood someone's inbox. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(1);

    private final UserAccountRepository users;
    private final AccountTokens tokens;
    private final AccountLinks links;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ActivityRecorder activity;
    private final ActiveSessions sessions;
    private final SignInThrottle throttle;
    private final Mailer mailer;
    private final PublicAddress publicAddress;
    private final Clock clock;

    PasswordResetService(UserAccountRepository users, AccountTokens tokens, AccountLinks links,
            PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, ActivityRecorder activity,
            ActiveSessions sessions, SignInThrottle throttle, Mailer mailer, PublicAddress publicAddress,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.links = links;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.activity = activity;
        this.sessions = sessions;
        this.throttle = throttle;
        this.mailer = mailer;
        this.publicAddress = publicAddress;
        this.clock = clock;
    }

    /**
     * Sends a reset link if the email belongs to someone who may sign in. Returns nothing, and takes the
     * same path for unknown emails up to the mail, which leaves after the request (see {@link Mailer}).
     */
    public void requestReset(String email) {
        if (email == null || email.isBlank()) {
            throw new InvalidInputException("email", "validation.required");
        }
        users.findByEmailWithOrganization(UserAccount.normalizeEmail(email))
                .filter(a -> a.isEnabled() && !a.isPending() && !a.getOrganization().isArchived())
                .filter(a -> tokens.latestOpen(a.getId(), TokenPurpose.PASSWORD_RESET)
                        .map(t -> t.getCreatedAt().plus(RESEND_PAUSE).isBefore(clock.instant()))
                        .orElse(true))
                .ifPresent(account -> {
                    var secret = tokens.issue(account.getId(), TokenPurpose.PASSWORD_RESET, links.resetValidity());
                    var minutes = String.valueOf(Math.max(1, links.resetValidity().toMinutes()));
                    mailer.send(MailRequest.of(account.getEmail(), Locale.forLanguageTag(account.getLanguage()),
                            "mail.reset", publicAddress.url("reset-password/" + secret), account.getDisplayName(),
                            minutes));
                    activity.record(ActivityEntry.of(ActivityKind.PASSWORD_RESET_REQUESTED)
                            .actor(null, "reset-password")
                            .organization(account.getOrganization().getId())
                            .subject("user", account.getId(), account.getDisplayName()));
                });
    }

    /** The email a reset link is for, while it can be used. */
    @Transactional(readOnly = true)
    public Optional<String> find(String secret) {
        return tokens.peek(secret, TokenPurpose.PASSWORD_RESET).flatMap(t -> person(t.getUserId()))
                .map(UserAccount::getEmail);
    }

    /**
     * Sets the new password and uses up the link; every open session of the person ends. Returns the
     * email to sign in with. A weak password changes nothing and leaves the link usable.
     */
    public String reset(String secret, String password) {
        var preview = tokens.peek(secret, TokenPurpose.PASSWORD_RESET).flatMap(t -> person(t.getUserId()))
                .orElseThrow(() -> new ResourceNotFoundException("Reset", "link"));
        passwordPolicy.problem(password, preview.getEmail()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        var token = tokens.use(secret, TokenPurpose.PASSWORD_RESET)
                .orElseThrow(() -> new ResourceNotFoundException("Reset", "link"));
        var account = person(token.getUserId()).orElseThrow(() -> new ResourceNotFoundException("Reset", "link"));
        account.changePassword(passwordEncoder.encode(password));
        account.endSessionsSignedInBefore(clock.instant());
        users.saveAndFlush(account);
        activity.record(ActivityEntry.of(ActivityKind.PASSWORD_RESET)
                .actor(account.getId(), account.getEmail())
                .organization(account.getOrganization().getId())
                .subject("user", account.getId(), account.getDisplayName()));
        sessions.endAll(account.getId());
        throttle.reset(account.getEmail());
        return account.getEmail();
    }

    private Optional<UserAccount> person(long userId) {
        return users.findAllWithOrganization(List.of(userId)).stream()
                .filter(a -> a.isEnabled() && !a.isPending() && !a.getOrganization().isArchived())
                .findFirst();
    }
}
