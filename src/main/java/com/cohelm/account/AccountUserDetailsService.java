package com.cohelm.account;

import com.cohelm.security.CohelmUserDetails;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person signing in by email, case-insensitively. People of an archived organization,
 * disabled people and people who have not accepted their invitation yet cannot sign in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var account = users.findByEmailWithOrganization(UserAccount.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        var organization = account.getOrganization();
        var user = account.toCurrentUser();
        var locked = account.getLockedUntil() != null && account.getLockedUntil().isAfter(clock.instant());
        return new CohelmUserDetails(user, account.getPasswordHash(),
                account.isEnabled() && !account.isPending() && !organization.isArchived(), locked);
    }
}
