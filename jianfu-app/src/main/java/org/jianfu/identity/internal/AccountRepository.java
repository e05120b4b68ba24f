package org.jianfu.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jianfu.identity.Account;
import org.jianfu.identity.Accounts;
import org.jianfu.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AccountRepository implements Accounts {

    /** The account row with what login needs. */
    record Credentials(long id, String username, String displayName, String passwordHash, Role role, long unitId,
                       boolean enabled, Instant lockedUntil, boolean mustChangePassword) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select * from identity.account where username = ?").param(username)
                .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getLong("unit_id"),
                        rs.getBoolean("enabled"), instant(rs, "locked_until"), rs.getBoolean("must_change_password")))
                .optional();
    }

    @Override
    public Optional<Account> account(long id) {
        return jdbc.sql("select * from identity.account where id = ?").param(id).query(AccountRepository::account).optional();
    }

    @Override
    public List<Account> ofUnit(long unitId) {
        return jdbc.sql("select * from identity.account where unit_id = ? order by role, id").param(unitId)
                .query(AccountRepository::account).list();
    }

    @Override
    public List<Account> ofUnit(long unitId, Role role) {
        return jdbc.sql("select * from identity.account where unit_id = ? and role = ? order by id")
                .param(unitId).param(role.name()).query(AccountRepository::account).list();
    }

    long count() {
        return jdbc.sql("select count(*) from identity.account").query(Long.class).single();
    }

    long insert(String username, String displayName, String passwordHash, Role role, long unitId, boolean demo) {
        return jdbc.sql("""
                        insert into identity.account (username, display_name, password_hash, role, unit_id, demo)
                        values (?,?,?,?,?,?) returning id""")
                .params(username, displayName, passwordHash, role.name(), unitId, demo).query(Long.class).single();
    }

    void requirePasswordChange(long id) {
        jdbc.sql("update identity.account set must_change_password = true where id = ?").param(id).update();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getLong("unit_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
