package com.cohelm.base.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Where mails go when no SMTP server is configured (the embedded development default): kept in memory,
 * the latest {@value #CAPACITY}, and shown to supplier admins on the dev mailbox page, so a newcomer can
 * follow an invitation end to end without a mail server. Nothing is kept across a restart.
 */
@Component
public class DevMailbox {

    static final int CAPACITY = 200;

    private final Deque<Mail> mails = new ArrayDeque<>();

    synchronized void keep(Mail mail) {
        mails.addFirst(mail);
        while (mails.size() > CAPACITY) {
            mails.removeLast();
        }
    }

    /**
     * Newest first. The role is named in Spring Security's words rather than through {@code security.Roles}:
     * {@code base} sits below every feature module, security included (PeopleAccessMatrixTest proves the refusal).
     */
    @PreAuthorize("hasRole('SUPPLIER_ADMIN')")
    public synchronized List<Mail> latest() {
        return List.copyOf(mails);
    }
}
