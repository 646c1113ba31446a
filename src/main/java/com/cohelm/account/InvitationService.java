package com.cohelm.account;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.PlainText;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an invitation, for someone who is not signed in yet: the secret link is the proof. A link
 * works once, until it expires or is replaced by a resent one.
 */
@Service
@Transactional
public class InvitationService {

    private static final int NAME_LIMIT = 200;

    private final AccountTokens tokens;
    private final UserAccountRepository users;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ActivityRecorder activity;

    InvitationService(AccountTokens tokens, UserAccountRepository users, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, ActivityRecorder activity) {
        this.tokens = tokens;
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.activity = activity;
    }

    /** The invitation behind a link, while it can still be accepted. */
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> find(String secret) {
        return tokens.peek(secret, TokenPurpose.INVITATION)
                .flatMap(token -> invitee(token.getUserId()))
                .map(account -> new InvitationDetails(account.getEmail(), account.getDisplayName(),
                        account.getOrganization().getName(),
                        inviterName(account)));
    }

    /**
     * Accepts: the person's name and password are set and the link is used up. Returns the email to sign
     * in with. A link that cannot be used (any more) is not found; a weak password or an empty name
     * changes nothing, and the link still works.
     */
    public String accept(String secret, String displayName, String password) {
        var name = displayName == null ? "" : PlainText.line(displayName);
        if (name.isEmpty()) {
            throw new InvalidInputException("displayName", "validation.required");
        }
        if (name.length() > NAME_LIMIT) {
            throw new InvalidInputException("displayName", "people.error.name-too-long");
        }
        var preview = tokens.peek(secret, TokenPurpose.INVITATION).flatMap(t -> invitee(t.getUserId()))
                .orElseThrow(() -> new ResourceNotFoundException("Invitation", "link"));
        passwordPolicy.problem(password, preview.getEmail()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        var token = tokens.use(secret, TokenPurpose.INVITATION)
                .orElseThrow(() -> new ResourceNotFoundException("Invitation", "link"));
        var account = invitee(token.getUserId()).orElseThrow(() -> new ResourceNotFoundException("Invitation", "link"));
        account.accept(name, passwordEncoder.encode(password));
        users.saveAndFlush(account);
        activity.record(ActivityEntry.of(ActivityKind.INVITATION_ACCEPTED)
                .actor(account.getId(), account.getEmail())
                .organization(account.getOrganization().getId())
                .subject("user", account.getId(), name));
        return account.getEmail();
    }

    /** Only someone still invited, enabled and in an active organization can accept. */
    private Optional<UserAccount> invitee(long userId) {
        return users.findAllWithOrganization(List.of(userId)).stream()
                .filter(a -> a.isPending() && a.isEnabled() && !a.getOrganization().isArchived())
                .findFirst();
    }

    private String inviterName(UserAccount account) {
        return account.getInvitedById() == null ? ""
                : users.findById(account.getInvitedById()).map(UserAccount::getDisplayName).orElse("");
    }
}
