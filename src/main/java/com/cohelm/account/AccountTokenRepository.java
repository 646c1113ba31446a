package com.cohelm.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so that two uses of the same link at the same moment cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose")
    Optional<AccountToken> findForUse(String hash, TokenPurpose purpose);

    @Query("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose")
    Optional<AccountToken> findByHash(String hash, TokenPurpose purpose);

    @Query("select t from AccountToken t where t.userId = :userId and t.purpose = :purpose"
            + " and t.usedAt is null and t.revokedAt is null")
    List<AccountToken> findOpen(long userId, TokenPurpose purpose);
}
