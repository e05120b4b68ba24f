package org.jianfu.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.jianfu.demo.DemoContext;
import org.jianfu.demo.DemoData;
import org.jianfu.demo.DemoStage;
import org.jianfu.organization.DivisionLevel;
import org.jianfu.organization.Organization;
import org.jianfu.organization.Unit;
import org.jianfu.organization.UnitKind;
import org.jianfu.platform.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo accounts: the administrator; a 减负办 account per burden office; a clerk and a leader for
 * every unit above the villages; a cadre for every township government and village committee.
 * Usernames are derived from division code and unit key (e.g. {@code 620102.gov-office.clerk}).
 */
@Component
class IdentityDemoData implements DemoData {

    /** The one password of every demo account; listed in the README. */
    static final String DEMO_PASSWORD = "Jianfu@2019";

    private final Organization organization;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    IdentityDemoData(Organization organization, JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "identity.accounts";
    }

    @Override
    public DemoStage stage() {
        return DemoStage.PEOPLE;
    }

    record NewAccount(String username, String displayName, Role role, long unitId) {
    }

    @Override
    public long load(DemoContext context) {
        List<NewAccount> accounts = new ArrayList<>();
        for (Unit unit : organization.unitsBelow(organization.root().code(), null)) {
            accounts.addAll(accountsFor(unit, context));
        }
        // one hash for all: hashing tens of thousands of demo passwords would take minutes
        String hash = passwords.encode(DEMO_PASSWORD);
        // `./jianfu demo-data` starts the app first, whose bootstrap has already created `admin` on an
        // empty database: keep that account (its password was printed) instead of failing the load
        jdbc.batchUpdate("""
                insert into identity.account (username, display_name, password_hash, role, unit_id, demo)
                values (?,?,?,?,?,true) on conflict (username) do nothing""", accounts, 5000, (ps, a) -> {
            ps.setString(1, a.username());
            ps.setString(2, a.displayName());
            ps.setString(3, hash);
            ps.setString(4, a.role().name());
            ps.setLong(5, a.unitId());
        });
        context.advance(1);
        return accounts.size();
    }

    private static List<NewAccount> accountsFor(Unit unit, DemoContext context) {
        String base = unit.divisionCode() + "." + unit.unitKey();
        List<NewAccount> accounts = new ArrayList<>();
        if (unit.divisionLevel() == DivisionLevel.PROVINCE && unit.kind() == UnitKind.GOVERNMENT_OFFICE) {
            accounts.add(new NewAccount("admin", "系统管理员", Role.ADMIN, unit.id()));
            // 三员分立: the administrator's security and audit powers belong to two other people
            accounts.add(new NewAccount("secadmin", "安全管理员", Role.SECURITY, unit.id()));
            accounts.add(new NewAccount("auditor", "安全审计员", Role.AUDITOR, unit.id()));
        }
        switch (unit.kind()) {
            case BURDEN_OFFICE -> accounts.add(person("jfb." + unit.divisionCode(), Role.MONITOR, unit, context));
            case VILLAGE_COMMITTEE -> accounts.add(person(unit.divisionCode() + ".cadre", Role.CADRE, unit, context));
            default -> {
                accounts.add(person(base + ".clerk", Role.CLERK, unit, context));
                accounts.add(person(base + ".leader", Role.LEADER, unit, context));
                if (unit.divisionLevel() == DivisionLevel.TOWNSHIP && unit.kind() == UnitKind.GOVERNMENT) {
                    accounts.add(person(base + ".cadre", Role.CADRE, unit, context));
                }
            }
        }
        return accounts;
    }

    private static NewAccount person(String username, Role role, Unit unit, DemoContext context) {
        return new NewAccount(username, PersonNames.next(context.random()), role, unit.id());
    }
}
