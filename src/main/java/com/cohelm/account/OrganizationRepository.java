package com.cohelm.account;

import com.cohelm.security.Side;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByKind(Side kind);

    List<Organization> findByKindAndArchivedFalseOrderByName(Side kind);

    List<Organization> findByKindAndNameContainingIgnoreCase(Side kind, String text);
}
