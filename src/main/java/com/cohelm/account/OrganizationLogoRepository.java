package com.cohelm.account;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationLogoRepository extends JpaRepository<OrganizationLogo, Long> {

    @Query("select l.organizationId from OrganizationLogo l where l.organizationId in :ids")
    List<Long> findOrganizationsWithLogo(Collection<Long> ids);

    @Query("select l.organizationId from OrganizationLogo l")
    List<Long> findOrganizationsWithLogo();
}
