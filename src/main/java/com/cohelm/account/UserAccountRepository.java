package com.cohelm.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u join fetch u.organization where u.email = :email")
    Optional<UserAccount> findByEmailWithOrganization(String email);

    @Query("select u from UserAccount u join fetch u.organization where u.id in :ids")
    List<UserAccount> findAllWithOrganization(Collection<Long> ids);

    @Query("select u from UserAccount u join fetch u.organization o"
            + " where o.id = :organizationId and u.enabled = true order by u.displayName")
    List<UserAccount> findEnabledInOrganization(long organizationId);

    /** Ids of the people whose name or login contains the text (case-insensitive collation). */
    @Query("select u.id from UserAccount u where u.displayName like concat('%', :text, '%')"
            + " or u.email like concat('%', :text, '%')")
    java.util.Set<Long> findIdsMatching(String text);
}
