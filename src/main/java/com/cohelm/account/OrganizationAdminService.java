package com.cohelm.account;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.PlainText;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.LikePattern;
import com.cohelm.security.ActiveSessions;
import com.cohelm.security.Roles;
import com.cohelm.security.Side;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The customer organizations, for supplier admins: create, rename, archive and restore, and each
 * customer's logo. The supplier organization is listed too and may be renamed and given a logo, but
 * never archived.
 */
@Service
@Transactional
@PreAuthorize(Roles.HAS_SUPPLIER_ADMIN)
public class OrganizationAdminService {

    static final int NAME_LIMIT = 200;

    private final OrganizationRepository organizations;
    private final OrganizationLogoRepository logos;
    private final LogoCatalog catalog;
    private final UserAccountRepository users;
    private final ActivityRecorder activity;
    private final ActiveSessions sessions;
    private final Clock clock;
    private final DataSize maxLogoSize;

    OrganizationAdminService(OrganizationRepository organizations, OrganizationLogoRepository logos,
            LogoCatalog catalog, UserAccountRepository users, ActivityRecorder activity, ActiveSessions sessions, Clock clock,
            @Value("${cohelm.logo.max-size:512KB}") DataSize maxLogoSize) {
        this.organizations = organizations;
        this.logos = logos;
        this.catalog = catalog;
        this.users = users;
        this.activity = activity;
        this.sessions = sessions;
        this.clock = clock;
        this.maxLogoSize = maxLogoSize;
    }

    /** The largest logo accepted, for the upload field to say. */
    public DataSize maxLogoSize() {
        return maxLogoSize;
    }

    /** One page of organizations, the supplier first, then by name; three queries whatever the page. */
    @Transactional(readOnly = true)
    public List<OrganizationRow> list(String text, boolean includeArchived, Pageable pageable) {
        var page = organizations.findForAdmin(LikePattern.contains(text), includeArchived, pageable);
        var ids = page.stream().map(Organization::getId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var counts = users.countByOrganization(ids).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        var withLogo = new HashSet<>(logos.findOrganizationsWithLogo(ids));
        return page.stream().map(o -> new OrganizationRow(o.getId(), o.getVersion(), o.getName(), o.getKind(),
                o.isArchived(), counts.getOrDefault(o.getId(), 0L), withLogo.contains(o.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(String text, boolean includeArchived) {
        return organizations.countForAdmin(LikePattern.contains(text), includeArchived);
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationRow> find(long id) {
        return organizations.findById(id).map(o -> row(o));
    }

    public OrganizationRow create(String name) {
        var clean = validName(name, null);
        var organization = organizations.saveAndFlush(new Organization(clean, Side.CUSTOMER, clock.instant()));
        activity.record(ActivityEntry.of(ActivityKind.ORGANIZATION_CREATED)
                .organization(organization.getId())
                .subject("organization", organization.getId(), clean)
                .change(null, clean));
        return row(organization);
    }

    /** Renames it if nobody changed it since {@code expectedVersion}; otherwise the current state comes back. */
    public OrganizationRow rename(long id, long expectedVersion, String name) {
        var organization = require(id);
        if (organization.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(row(organization));
        }
        var clean = validName(name, id);
        var before = organization.getName();
        if (!before.equals(clean)) {
            organization.rename(clean);
            organizations.saveAndFlush(organization);
            activity.record(ActivityEntry.of(ActivityKind.ORGANIZATION_UPDATED)
                    .organization(id)
                    .subject("organization", id, clean)
                    .change(before, clean));
        }
        return row(organization);
    }

    /**
     * Archives a customer: its people can no longer sign in and their open sessions end now. Its
     * programs and their history stay, readable by the supplier.
     */
    public OrganizationRow archive(long id) {
        var organization = require(id);
        if (organization.getKind() == Side.SUPPLIER) {
            throw new InvalidInputException("archived", "organizations.error.supplier-archived");
        }
        if (!organization.isArchived()) {
            organization.setArchived(true);
            organizations.saveAndFlush(organization);
            activity.record(ActivityEntry.of(ActivityKind.ORGANIZATION_ARCHIVED)
                    .organization(id)
                    .subject("organization", id, organization.getName()));
            users.endSessionsInOrganization(id, clock.instant().truncatedTo(ChronoUnit.MICROS));
            users.findIdsInOrganization(id).forEach(sessions::endAll);
        }
        return row(organization);
    }

    public OrganizationRow restore(long id) {
        var organization = require(id);
        if (organization.isArchived()) {
            organization.setArchived(false);
            organizations.saveAndFlush(organization);
            activity.record(ActivityEntry.of(ActivityKind.ORGANIZATION_RESTORED)
                    .organization(id)
                    .subject("organization", id, organization.getName()));
        }
        return row(organization);
    }

    /**
     * Replaces the logo. Only PNG and JPEG, recognised from the bytes (an SVG can carry scripts), and no
     * larger than {@code cohelm.logo.max-size}. The uploaded file's name is not used at all.
     */
    public void replaceLogo(long id, byte[] bytes) {
        var organization = require(id);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("logo", "organizations.error.logo-type");
        }
        if (bytes.length > maxLogoSize.toBytes()) {
            throw new InvalidInputException("logo", "organizations.error.logo-size");
        }
        var type = LogoImage.detectType(bytes)
                .orElseThrow(() -> new InvalidInputException("logo", "organizations.error.logo-type"));
        var logo = logos.findById(id).orElseGet(() -> new OrganizationLogo(id));
        logo.replace(new LogoImage(type, bytes.clone()), clock.instant());
        logos.save(logo);
        catalog.changed(id, true);
        activity.record(ActivityEntry.of(ActivityKind.ORGANIZATION_LOGO_CHANGED)
                .organization(id)
                .subject("organization", id, organization.getName())
                .change(null, type + ", " + bytes.length + " bytes"));
    }

    public void removeLogo(long id) {
        var organization = require(id);
        logos.findById(id).ifPresent(logo -> {
            logos.delete(logo);
            catalog.changed(id, false);
            activity.record(ActivityEntry.of(ActivityKind.ORGANIZATION_LOGO_CHANGED)
                    .organization(id)
                    .subject("organization", id, organization.getName())
                    .change("logo", null));
        });
    }

    @Transactional(readOnly = true)
    public Optional<LogoImage> logo(long id) {
        return logos.findById(id).map(OrganizationLogo::toImage);
    }

    private Organization require(long id) {
        return organizations.findById(id).orElseThrow(() -> new ResourceNotFoundException("Organization", id));
    }

    private String validName(String name, Long ownId) {
        var clean = name == null ? "" : PlainText.line(name);
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (clean.length() > NAME_LIMIT) {
            throw new InvalidInputException("name", "organizations.error.name-too-long");
        }
        organizations.findByNameIgnoreCase(clean).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw new InvalidInputException("name", "organizations.error.name-taken");
        });
        return clean;
    }

    private OrganizationRow row(Organization o) {
        long people = users.countByOrganization(List.of(o.getId())).stream().mapToLong(r -> (Long) r[1]).sum();
        return new OrganizationRow(o.getId(), o.getVersion(), o.getName(), o.getKind(), o.isArchived(), people,
                logos.existsById(o.getId()));
    }
}
