package com.cohelm.account;

import com.cohelm.base.jpa.VersionedRow;
import com.cohelm.security.Appearance;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.EmailAddresses;
import com.cohelm.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "user_account")
class UserAccount extends VersionedRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    /**
     * Always stored canonical ({@link EmailAddresses#canonical}); the column's collation makes its unique key
     * ignore case, accents and width, so no look-alike twin can be created.
     */
    @Column(nullable = false, length = 320)
    private String email;

    /**
     * The same text compared byte for byte (a generated column): what sign-in looks people up by. Null for a
     * held invitation, which no sign-in or reset ever finds.
     */
    @Column(name = "email_key", insertable = false, updatable = false, length = 320)
    private String emailKey;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Role role;

    /** Null while an invitation is pending. */
    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(nullable = false, length = 16)
    private String language = "en";

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Appearance appearance = Appearance.SYSTEM;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When an invitation was first sent; the person has no password until they accept it. */
    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "invited_by_id")
    private Long invitedById;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    /**
     * Set on an invitation a customer admin made for an email that has an account in another organization
     * (decision 0031): it is never mailed and never signs in; only supplier admins see it as held.
     */
    @Column(name = "held_at")
    private Instant heldAt;

    /**
     * Sessions of this person signed in before this instant are ended, on every node (decision 0039); null
     * while no change ever ended them.
     */
    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    protected UserAccount() {
    }

    UserAccount(Organization organization, String email, String displayName, String jobTitle, Role role,
            String passwordHash, Instant createdAt) {
        this.organization = organization;
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** A person invited by someone, who sets their own name and password on accepting. */
    static UserAccount invited(Organization organization, String email, String displayName, Role role,
            long invitedById, Instant at) {
        var account = new UserAccount(organization, email, displayName, null, role, null, at);
        account.invitedAt = at;
        account.invitedById = invitedById;
        return account;
    }

    /** An invitation made for an email another organization's account already has: kept, never sent. */
    static UserAccount held(Organization organization, String email, String displayName, Role role,
            long invitedById, Instant at) {
        var account = invited(organization, email, displayName, role, invitedById, at);
        account.heldAt = at;
        return account;
    }

    static String normalizeEmail(String email) {
        return EmailAddresses.canonical(email);
    }

    /** Who this account is once signed in (or when a calendar feed acts on its behalf). */
    CurrentUser toCurrentUser() {
        return new CurrentUser(getId(), organization.getId(), organization.getName(), organization.getKind(), role,
                email, displayName, Locale.forLanguageTag(language), ZoneId.of(timeZone), appearance);
    }

    Organization getOrganization() {
        return organization;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getJobTitle() {
        return jobTitle;
    }

    Role getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    String getLanguage() {
        return language;
    }

    String getTimeZone() {
        return timeZone;
    }

    void setPreferences(String language, String timeZone) {
        this.language = language;
        this.timeZone = timeZone;
    }

    Appearance getAppearance() {
        return appearance;
    }

    void setAppearance(Appearance appearance) {
        this.appearance = appearance;
    }

    boolean isPending() {
        return passwordHash == null;
    }

    boolean isHeld() {
        return heldAt != null;
    }

    /** Where the account stands as supplier admins see it: a held invitation shows as held. */
    PersonStatus status() {
        if (!enabled) {
            return PersonStatus.DISABLED;
        }
        if (isHeld()) {
            return PersonStatus.HELD;
        }
        return isPending() ? PersonStatus.INVITED : PersonStatus.ACTIVE;
    }

    /** Where the account stands for a customer admin: a held invitation is an invitation like any other. */
    PersonStatus statusForCustomer() {
        var status = status();
        return status == PersonStatus.HELD ? PersonStatus.INVITED : status;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }

    Long getInvitedById() {
        return invitedById;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    int getFailedSignIns() {
        return failedSignIns;
    }

    void accept(String displayName, String passwordHash) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedSignIns = 0;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void disable(Instant at) {
        this.enabled = false;
        this.disabledAt = at;
    }

    void enable() {
        this.enabled = true;
        this.disabledAt = null;
    }

    /**
     * Ends every session of the person signed in before {@code at}, on every node: each node's request filter
     * compares a session's sign-in instant with this one (decision 0039). Never moves back, should another
     * node's clock be behind. Returns the cutoff as stored (to the microsecond, like the column).
     */
    Instant endSessionsSignedInBefore(Instant at) {
        var cutoff = at.truncatedTo(ChronoUnit.MICROS);
        if (sessionsValidAfter == null || cutoff.isAfter(sessionsValidAfter)) {
            sessionsValidAfter = cutoff;
        }
        return sessionsValidAfter;
    }

    void updateProfile(String displayName, String jobTitle) {
        this.displayName = displayName;
        this.jobTitle = jobTitle;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
        this.failedSignIns = 0;
    }

    void signInFailed() {
        this.failedSignIns++;
    }

    PersonSummary toSummary() {
        return new PersonSummary(getId(), displayName, jobTitle, email, organization.getId(), organization.getName(),
                organization.getKind(), role, enabled);
    }
}
