package com.cohelm.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal Spring Security keeps in the session: the {@link CurrentUser} plus the password hash,
 * which is erased once authentication succeeded.
 */
public final class CohelmUserDetails implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public CohelmUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(
                new SimpleGrantedAuthority("ROLE_" + user.side().name()),
                new SimpleGrantedAuthority("ROLE_" + Roles.combined(user.side(), user.role())));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "CohelmUserDetails[" + user.email() + "]";
    }
}
