package com.cohelm.account;

import com.cohelm.security.SessionsValidAfter;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People's sessions' cutoffs as their accounts keep them, for the security module's checks (decision 0039). */
@Component
class AccountSessionsValidAfter implements SessionsValidAfter {

    private final UserAccountRepository users;

    AccountSessionsValidAfter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Instant> of(Collection<Long> userIds) {
        var cutoffs = new HashMap<Long, Instant>();
        if (!userIds.isEmpty()) {
            for (var row : users.findSessionsValidAfter(userIds)) {
                cutoffs.put((Long) row[0], (Instant) row[1]);
            }
        }
        return cutoffs;
    }
}
