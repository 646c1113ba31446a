package com.cohelm.account;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.PlainText;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.FieldMerge;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.LikePattern;
import com.cohelm.base.mail.MailRequest;
import com.cohelm.base.mail.Mailer;
import com.cohelm.base.mail.PublicAddress;
import com.cohelm.security.ActiveSessions;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people administration. Supplier admins manage everyone; a customer admin manages the people of
 * their own organization only, and anyone else answers exactly like a person who does not exist.
 * Nobody changes their own role or disables themselves here, so an organization never loses its last
 * admin by accident.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SUPPLIER_ADMIN', 'CUSTOMER_ADMIN')")
public class PeopleAdminService {

    /** Deliberately loose: the invitation mail is the real check that the address works. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_LIMIT = 320;
    private static final int NAME_LIMIT = 200;

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final AccountTokens tokens;
    private final AccountLinks links;
    private final CurrentUserService currentUser;
    private final ActivityRecorder activity;
    private final ActiveSessions sessions;
    private final Mailer mailer;
    private final PublicAddress publicAddress;
    private final Clock clock;

    PeopleAdminService(UserAccountRepository users, OrganizationRepository organizations, AccountTokens tokens,
            AccountLinks links, CurrentUserService currentUser, ActivityRecorder activity, ActiveSessions sessions,
            Mailer mailer, PublicAddress publicAddress, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.tokens = tokens;
        this.links = links;
        this.currentUser = currentUser;
        this.activity = activity;
        this.sessions = sessions;
        this.mailer = mailer;
        this.publicAddress = publicAddress;
        this.clock = clock;
    }

    /**
     * One page of the people the admin manages. {@code organizationId} narrows a supplier admin's list;
     * a customer admin's list is always their own organization's.
     */
    @Transactional(readOnly = true)
    public List<PersonRow> list(Long organizationId, String text, Pageable pageable) {
        return users.findForAdmin(scope(organizationId), LikePattern.contains(text), pageable).stream()
                .map(this::row).toList();
    }

    @Transactional(readOnly = true)
    public long count(Long organizationId, String text) {
        return users.countForAdmin(scope(organizationId), LikePattern.contains(text));
    }

    @Transactional(readOnly = true)
    public PersonRow find(long userId) {
        return row(requireManageable(userId));
    }

    /** The organizations the admin may invite people to: all active ones, or their own. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> organizations() {
        var me = currentUser.require();
        if (me.isSupplierAdmin()) {
            var list = new ArrayList<OrganizationSummary>();
            organizations.findByKind(Side.SUPPLIER).map(Organization::toSummary).ifPresent(list::add);
            organizations.findByKindAndArchivedFalseOrderByName(Side.CUSTOMER).stream()
                    .map(Organization::toSummary).forEach(list::add);
            return list;
        }
        return organizations.findById(me.organizationId()).map(Organization::toSummary).stream().toList();
    }

    /**
     * Invites a person by email: they exist at once (so they can be added to programs) and receive a
     * single-use link, valid for {@code cohelm.invitation.expiry}, where they set their name and password.
     */
    public PersonRow invite(InvitationDraft draft) {
        var me = currentUser.require();
        var email = draft.email() == null ? "" : UserAccount.normalizeEmail(draft.email());
        if (email.isEmpty()) {
            throw new InvalidInputException("email", "validation.required");
        }
        // An address with invisible controls in it would read differently from what it is (decision 0031).
        if (email.length() > EMAIL_LIMIT || !EMAIL.matcher(email).matches() || PlainText.hasInvisibleControls(email)) {
            throw new InvalidInputException("email", "people.error.email");
        }
        if (draft.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        if (draft.role() == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        var organization = organizations.findById(draft.organizationId())
                .filter(o -> manages(me, o) && !o.isArchived())
                .orElseThrow(() -> new ResourceNotFoundException("Organization", draft.organizationId()));
        if (organization.getKind() == Side.SUPPLIER && draft.role() == Role.VIEWER) {
            throw new InvalidInputException("role", "people.error.supplier-viewer");
        }
        var held = clashOutsideInvitersView(me, organization, email);
        var typedName = PlainText.line(draft.displayName());
        var name = typedName == null || typedName.isEmpty() ? PlainText.line(email.substring(0, email.indexOf('@')))
                : typedName;
        if (name.length() > NAME_LIMIT) {
            throw new InvalidInputException("displayName", "people.error.name-too-long");
        }
        if (held) {
            // Decision 0031: the inviter's answer and pages are those of a sent invitation; nothing is mailed
            // (a mail would tell the other organization's person who invited them), and supplier admins see it
            // as held in their people list and in the audit log.
            var account = users.saveAndFlush(UserAccount.held(organization, email, name, draft.role(), me.id(),
                    clock.instant()));
            activity.record(ActivityEntry.of(ActivityKind.INVITATION_HELD)
                    .organization(organization.getId())
                    .subject("user", account.getId(), email)
                    .change(null, draft.role().name()));
            return row(account);
        }
        var account = users.saveAndFlush(UserAccount.invited(organization, email, name, draft.role(), me.id(),
                clock.instant()));
        sendInvitation(me, account);
        activity.record(ActivityEntry.of(ActivityKind.INVITATION_SENT)
                .organization(organization.getId())
                .subject("user", account.getId(), email)
                .change(null, draft.role().name()));
        return row(account);
    }

    /** Sends a new link to a person who has not accepted yet; the earlier link stops working. */
    public PersonRow resendInvitation(long userId) {
        var me = currentUser.require();
        var account = requireManageable(userId);
        if (!account.isPending() || !account.isEnabled()) {
            throw new InvalidInputException("status", "people.error.not-invited");
        }
        if (account.isHeld() && me.isSupplierAdmin()) {
            throw new InvalidInputException("status", "people.error.held");
        }
        if (!account.isHeld()) {
            // A held invitation answers its customer admin like a resent one, and still mails nobody.
            sendInvitation(me, account);
        }
        activity.record(ActivityEntry.of(ActivityKind.INVITATION_RESENT)
                .organization(account.getOrganization().getId())
                .subject("user", account.getId(), account.getEmail()));
        return row(account);
    }

    /**
     * Changes the role from {@code read}, the role the admin's form showed; the person's open sessions end, so
     * that the new role applies at once. Another admin's change since (to another role) is a
     * {@link ConcurrentEditException} carrying the person as stored now. The role is compared rather than the
     * account's version, which moves at every sign-in (decision 0032).
     */
    public PersonRow changeRole(long userId, Role read, Role role) {
        var me = currentUser.require();
        var account = requireManageable(userId);
        requireNotSelf(me, account, "role");
        if (role == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        var merge = new FieldMerge();
        merge.pick(read, role, account.getRole());
        if (merge.conflict()) {
            throw new ConcurrentEditException(row(account));
        }
        if (account.getOrganization().getKind() == Side.SUPPLIER && role == Role.VIEWER) {
            throw new InvalidInputException("role", "people.error.supplier-viewer");
        }
        var before = account.getRole();
        if (before != role) {
            account.changeRole(role);
            account.endSessionsSignedInBefore(clock.instant());
            users.saveAndFlush(account);
            activity.record(ActivityEntry.of(ActivityKind.ROLE_CHANGED)
                    .organization(account.getOrganization().getId())
                    .subject("user", account.getId(), account.getDisplayName())
                    .change(before.name(), role.name()));
            sessions.endAll(account.getId());
        }
        return row(account);
    }

    /** Disables the person: they cannot sign in, their sessions end now, their open links stop working. */
    public PersonRow disable(long userId) {
        var me = currentUser.require();
        var account = requireManageable(userId);
        requireNotSelf(me, account, "status");
        if (account.isEnabled()) {
            var now = clock.instant();
            account.disable(now);
            account.endSessionsSignedInBefore(now);
            users.saveAndFlush(account);
            tokens.revokeOpen(account.getId(), TokenPurpose.INVITATION);
            tokens.revokeOpen(account.getId(), TokenPurpose.PASSWORD_RESET);
            activity.record(ActivityEntry.of(ActivityKind.USER_DISABLED)
                    .organization(account.getOrganization().getId())
                    .subject("user", account.getId(), account.getDisplayName()));
            sessions.endAll(account.getId());
        }
        return row(account);
    }

    /** Enables a disabled person again; someone who never accepted needs a new invitation. */
    public PersonRow enable(long userId) {
        var account = requireManageable(userId);
        if (!account.isEnabled()) {
            account.enable();
            users.saveAndFlush(account);
            activity.record(ActivityEntry.of(ActivityKind.USER_ENABLED)
                    .organization(account.getOrganization().getId())
                    .subject("user", account.getId(), account.getDisplayName()));
        }
        return row(account);
    }

    /**
     * Whether the email clashes with an account the inviter may not know of, so that the invitation is held
     * rather than refused. Look-alikes count (béa@ when bea@ exists): one person, one account, whatever the
     * spelling. A clash in the organization invited to is refused for everyone (its admins see its people);
     * so is any clash for a supplier admin, who sees everyone. A customer admin is never told of another
     * organization's people: that clash holds the invitation (decision 0031).
     */
    private boolean clashOutsideInvitersView(CurrentUser me, Organization organization, String email) {
        var invitedTo = organization.getId();
        var clashes = users.findLookAlikes(email).stream()
                .filter(a -> !a.isHeld() || invitedTo.equals(a.getOrganization().getId()))
                .toList();
        if (clashes.isEmpty()) {
            return false;
        }
        if (me.isSupplierAdmin() || clashes.stream().anyMatch(a -> invitedTo.equals(a.getOrganization().getId()))) {
            throw new InvalidInputException("email", "people.error.email-taken");
        }
        return true;
    }

    private void sendInvitation(CurrentUser me, UserAccount account) {
        var secret = tokens.issue(account.getId(), TokenPurpose.INVITATION, links.invitationValidity());
        var days = Math.max(1, links.invitationValidity().toDays());
        // The invitee's language is not known yet: the mail speaks the inviter's.
        mailer.send(MailRequest.of(account.getEmail(), me.locale(), "mail.invitation",
                publicAddress.url("invitation/" + secret),
                me.displayName(), account.getOrganization().getName(), String.valueOf(days)));
    }

    private UserAccount requireManageable(long userId) {
        var me = currentUser.require();
        return users.findAllWithOrganization(List.of(userId)).stream()
                .filter(account -> manages(me, account.getOrganization()))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("User", userId));
    }

    private static boolean manages(CurrentUser me, Organization organization) {
        return me.isSupplierAdmin()
                || (me.isCustomer() && me.isAdmin() && organization.getId() == me.organizationId());
    }

    private static void requireNotSelf(CurrentUser me, UserAccount account, String field) {
        if (account.getId() == me.id()) {
            throw new InvalidInputException(field, "people.error.self");
        }
    }

    private Long scope(Long organizationId) {
        var me = currentUser.require();
        return me.isSupplierAdmin() ? organizationId : Long.valueOf(me.organizationId());
    }

    /** The row as the admin may see it: only supplier admins tell a held invitation from a sent one. */
    private PersonRow row(UserAccount account) {
        var status = currentUser.require().isSupplierAdmin() ? account.status() : account.statusForCustomer();
        return new PersonRow(account.toSummary(), status, account.getLastSignInAt(), account.getInvitedAt(),
                account.getFailedSignIns());
    }
}
