package org.jianfu.identity.internal;

import java.time.Clock;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.platform.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account with its unit and division path, so scope checks need no further look-up. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Organization organization;

    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, Organization organization, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var c = accounts.credentials(username).orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
        Unit unit = organization.unit(c.unitId()).orElseThrow(() -> new UsernameNotFoundException("账号所属单位不存在"));
        Actor actor = new Actor(c.id(), c.username(), c.displayName(), c.role(), unit.id(), unit.name(),
                unit.divisionCode(), unit.divisionPath());
        return new SignedInAccount(actor, c.passwordHash(), c.enabled(), c.lockedUntil(), clock.instant(), c.mustChangePassword());
    }
}
