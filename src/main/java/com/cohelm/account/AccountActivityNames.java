package com.cohelm.account;

import com.cohelm.activity.ActivityNames;
import com.cohelm.base.LikePattern;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names for the activity feed and the audit log. Checks no access: the feed and the audit log ask for
 * the names of events their reader may already see.
 */
@Component
@Transactional(readOnly = true)
class AccountActivityNames implements ActivityNames {

    private final AccountDirectory directory;
    private final UserAccountRepository users;
    private final OrganizationRepository organizations;

    AccountActivityNames(AccountDirectory directory, UserAccountRepository users,
            OrganizationRepository organizations) {
        this.directory = directory;
        this.users = users;
        this.organizations = organizations;
    }

    @Override
    public Map<Long, String> people(Collection<Long> personIds) {
        return directory.people(personIds).values().stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }

    @Override
    public Set<Long> peopleMatching(String text) {
        return users.findIdsMatching(LikePattern.escape(text));
    }

    @Override
    public List<NamedOrganization> organizations() {
        return organizations.findAll().stream().map(o -> new NamedOrganization(o.getId(), o.getName()))
                .sorted(Comparator.comparing(NamedOrganization::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
