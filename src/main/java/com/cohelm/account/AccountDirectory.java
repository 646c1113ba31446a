package com.cohelm.account;

import com.cohelm.security.CurrentUser;
import com.cohelm.security.Side;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up people and organizations for other features' services, in one query per call whatever the
 * number of ids. It checks no access: callers pass only ids they have already authorized, and views
 * never call it (an architecture test enforces that).
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;

    AccountDirectory(UserAccountRepository users, OrganizationRepository organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    public Map<Long, PersonSummary> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllWithOrganization(Set.copyOf(ids)).stream()
                .map(UserAccount::toSummary)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /** Each person's preferred time zone, for showing a meeting time as each attendee reads it. */
    public Map<Long, java.time.ZoneId> timeZones(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllWithOrganization(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(UserAccount::getId, account -> java.time.ZoneId.of(account.getTimeZone())));
    }

    public Optional<PersonSummary> person(long id) {
        return Optional.ofNullable(people(List.of(id)).get(id));
    }

    /**
     * The person as a signed-in user, while their account is enabled and their organization active: for
     * work done on someone's behalf without a session, such as serving their calendar feed or notifying and
     * mailing them. Never a held invitation: its email belongs to another organization's person, whom no
     * mail may tell who invited them (decision 0031).
     */
    public Optional<CurrentUser> activeUser(long id) {
        return users.findAllWithOrganization(Set.of(id)).stream()
                .filter(account -> account.isEnabled() && !account.isHeld() && !account.getOrganization().isArchived())
                .map(UserAccount::toCurrentUser).findFirst();
    }

    public Optional<PersonSummary> personByEmail(String email) {
        return users.findByEmailWithOrganization(UserAccount.normalizeEmail(email)).map(UserAccount::toSummary);
    }

    public List<PersonSummary> enabledPeopleOf(long organizationId) {
        return users.findEnabledInOrganization(organizationId).stream().map(UserAccount::toSummary).toList();
    }

    public Map<Long, OrganizationSummary> organizations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organizations.findAllById(Set.copyOf(ids)).stream()
                .map(Organization::toSummary)
                .collect(Collectors.toMap(OrganizationSummary::id, Function.identity()));
    }

    public Optional<OrganizationSummary> organization(long id) {
        return organizations.findById(id).map(Organization::toSummary);
    }

    public Optional<OrganizationSummary> supplier() {
        return organizations.findByKind(Side.SUPPLIER).map(Organization::toSummary);
    }

    public List<OrganizationSummary> activeCustomers() {
        return organizations.findByKindAndArchivedFalseOrderByName(Side.CUSTOMER).stream()
                .map(Organization::toSummary).toList();
    }

    /** Ids of the customer organizations whose name contains the text, for searches across features. */
    public Set<Long> customerIdsMatching(String text) {
        return organizations.findByKindAndNameContainingIgnoreCase(Side.CUSTOMER, text).stream()
                .map(Organization::getId).collect(Collectors.toSet());
    }
}
