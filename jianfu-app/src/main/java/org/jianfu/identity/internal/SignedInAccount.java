package org.jianfu.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jianfu.platform.Actor;
import org.jianfu.platform.ActorHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: an account's credentials plus the {@link Actor} every module sees. */
final class SignedInAccount implements UserDetails, ActorHolder, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String passwordHash;
    private final boolean enabled;
    /** read when the account is loaded for a login, by the application clock */
    private final boolean locked;
    /** a generated first password, as it was at sign-in ({@link PasswordFirst} confirms it before acting on it) */
    private final boolean mustChangePassword;

    SignedInAccount(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil, Instant now,
                    boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = lockedUntil != null && !lockedUntil.isBefore(now);
    }

    @Override
    public Actor actor() {
        return actor;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(actor.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
