package com.cohelm.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** People in scope: everyone ({@code organizationId} null) or one organization's, matching the text. */
    String ADMIN_FILTER = " from UserAccount u join u.organization o"
            + " where (:organizationId is null or o.id = :organizationId)"
            + " and (:text is null or lower(u.displayName) like :text or u.email like :text"
            + " or lower(o.name) like :text)";

    /** The account whose email is exactly this canonical text (byte for byte: no accent or case folding). */
    @Query("select u from UserAccount u join fetch u.organization where u.emailKey = :email")
    Optional<UserAccount> findByEmailWithOrganization(String email);

    /**
     * The accounts whose email looks like this one (equal but for case, accents or width: the column's
     * collation), held invitations included.
     */
    @Query("select u from UserAccount u join fetch u.organization where u.email = :email")
    List<UserAccount> findLookAlikes(String email);

    @Query("select u from UserAccount u join fetch u.organization where u.id in :ids")
    List<UserAccount> findAllWithOrganization(Collection<Long> ids);

    @Query("select u from UserAccount u join fetch u.organization o"
            + " where o.id = :organizationId and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledInOrganization(long organizationId);

    @Query("select u.organization.id, count(u) from UserAccount u where u.organization.id in :ids"
            + " group by u.organization.id")
    List<Object[]> countByOrganization(Collection<Long> ids);

    @Query("select u.id from UserAccount u where u.organization.id = :organizationId")
    List<Long> findIdsInOrganization(long organizationId);

    /**
     * Ends the sessions of everyone in the organization signed in before {@code at}, on every node (decision
     * 0039), in one statement. A later cutoff already there stays. Versions do not move: no form edits this.
     */
    @Modifying
    @Query("update UserAccount u set u.sessionsValidAfter = :at where u.organization.id = :organizationId"
            + " and (u.sessionsValidAfter is null or u.sessionsValidAfter < :at)")
    int endSessionsInOrganization(long organizationId, Instant at);

    /** Each person's id and sessions' cutoff, for those of them who have one (decision 0039). */
    @Query("select u.id, u.sessionsValidAfter from UserAccount u where u.id in :ids"
            + " and u.sessionsValidAfter is not null")
    List<Object[]> findSessionsValidAfter(Collection<Long> ids);

    @Query("select u from UserAccount u join fetch u.organization o"
            + " where (:organizationId is null or o.id = :organizationId)"
            + " and (:text is null or lower(u.displayName) like :text or u.email like :text"
            + " or lower(o.name) like :text)")
    List<UserAccount> findForAdmin(Long organizationId, String text, Pageable pageable);

    @Query("select count(u)" + ADMIN_FILTER)
    long countForAdmin(Long organizationId, String text);
    /** Ids of the people whose name or login contains the text (case-insensitive collation). */
    @Query("select u.id from UserAccount u where u.displayName like concat('%', :text, '%')"
            + " or u.email like concat('%', :text, '%')")
    java.util.Set<Long> findIdsMatching(String text);
}
