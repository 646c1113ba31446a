package com.cohelm.notification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestSentRepository extends JpaRepository<DigestSent, Long> {

    Optional<DigestSent> findFirstByUserIdAndDigestOrderByClaimedAtDesc(long userId, Digest digest);

    long countByUserIdAndDigestAndPeriodKey(long userId, Digest digest, String periodKey);
}
