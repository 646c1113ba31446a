package com.cohelm.account;

import com.cohelm.security.Side;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    String ADMIN_FILTER = " from Organization o where (:text is null or lower(o.name) like :text)"
            + " and (:includeArchived = true or o.archived = false)";

    Optional<Organization> findByKind(Side kind);

    List<Organization> findByKindAndArchivedFalseOrderByName(Side kind);

    List<Organization> findByKindAndNameContainingIgnoreCase(Side kind, String text);

    Optional<Organization> findByNameIgnoreCase(String name);

    /** The supplier first, then customers by name. */
    @Query("select o" + ADMIN_FILTER + " order by case when o.kind = com.cohelm.security.Side.SUPPLIER then 0 else 1 end,"
            + " o.name, o.id")
    List<Organization> findForAdmin(String text, boolean includeArchived, Pageable pageable);

    @Query("select count(o)" + ADMIN_FILTER)
    long countForAdmin(String text, boolean includeArchived);
}
