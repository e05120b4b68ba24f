package org.jianfu.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jianfu.audit.AuditLog;
import org.jianfu.platform.Actor;
import org.jianfu.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 修改密码: the current password, then a new one that meets {@link PasswordPolicy}. */
@Service
class PasswordChange {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChange(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void change(Actor actor, String current, String replacement, String repeated) {
        String hash = jdbc.sql("select password_hash from identity.account where id = ? for update").param(actor.accountId())
                .query(String.class).single();
        if (current == null || !passwords.matches(current, hash)) {
            throw new RuleViolationException("当前密码不正确");
        }
        if (replacement == null || !replacement.equals(repeated)) {
            throw new RuleViolationException("两次输入的新密码不一致");
        }
        List<String> problems = PasswordPolicy.problems(actor.username(), replacement);
        if (!problems.isEmpty()) {
            throw new RuleViolationException("新密码须" + String.join("，", problems));
        }
        List<String> recent = jdbc.sql("""
                        select password_hash from identity.password_history where account_id = ?
                        order by changed_at desc limit ?""").params(actor.accountId(), PasswordPolicy.HISTORY - 1)
                .query(String.class).list();
        if (passwords.matches(replacement, hash) || recent.stream().anyMatch(old -> passwords.matches(replacement, old))) {
            throw new RuleViolationException("新密码不能与最近 " + PasswordPolicy.HISTORY + " 次使用的密码相同");
        }
        jdbc.sql("insert into identity.password_history (account_id, password_hash, changed_at) values (?,?,?)")
                .params(actor.accountId(), hash, Timestamp.from(clock.instant())).update();
        jdbc.sql("update identity.account set password_hash = ?, must_change_password = false where id = ?")
                .params(passwords.encode(replacement), actor.accountId()).update();
        audit.record(actor, "修改密码", "account:" + actor.username(), "");
    }

    /** Must this account set its own password before anything else (a generated first password)? */
    @Transactional(readOnly = true)
    boolean mustChange(long accountId) {
        return jdbc.sql("select must_change_password from identity.account where id = ?").param(accountId)
                .query(Boolean.class).optional().orElse(false);
    }
}
